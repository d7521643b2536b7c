import { describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from '../../../src-main/web/server';
import { tempDb, tempDir } from '../../helpers/db';
import { addUser, TEST_PASSWORD } from '../../helpers/users';

async function call(h: WebHarness, name: string, input: unknown = {}) {
  const res = await fetch(new URL(`/api/call/${name}`, h.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qaygi-token': h.token },
    body: JSON.stringify(input),
  });
  return res.json() as Promise<{ ok: boolean; value?: any; error?: any }>;
}

describe('the web harness keeps one session per start', () => {
  it('answers only public calls before sign-in, then acts as the signed-in user', async () => {
    const { conn } = await tempDb();
    await addUser(conn.db, 'caregiver', { username: 'terbiyeci' });
    const h = await startWebHarness({ conn, rendererDir: tempDir() });
    try {
      expect(await call(h, 'residents.list')).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'errors.unauthenticated' } });
      expect(await call(h, 'app.info')).toMatchObject({ ok: true, value: { actor: null, permissions: [] } });
      expect(await call(h, 'setup.status')).toMatchObject({ ok: true, value: { needed: true, hasDirector: false } });
      expect(await call(h, 'auth.signIn', { username: 'terbiyeci', password: TEST_PASSWORD })).toMatchObject({ ok: true });
      expect(await call(h, 'residents.list')).toMatchObject({ ok: true, value: { total: 0 } });
      expect(await call(h, 'staff.create', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(h.session.user?.username).toBe('terbiyeci');
      const log = conn.sqlite.prepare('SELECT actor, via, action FROM audit_log ORDER BY seq DESC LIMIT 2').all();
      expect(log).toEqual([
        { actor: 'terbiyeci', via: 'web', action: 'access.denied' },
        { actor: 'terbiyeci', via: 'web', action: 'auth.signIn' },
      ]);
    } finally {
      await h.close();
    }
  });

  it('starts already signed in for tests with signedInAs, and refuses an unknown account', async () => {
    const { conn } = await tempDb();
    await addUser(conn.db, 'director', { username: 'e2e-director' });
    const h = await startWebHarness({ conn, rendererDir: tempDir(), signedInAs: 'E2E-Director' });
    try {
      expect(await call(h, 'app.info')).toMatchObject({ ok: true, value: { actor: { username: 'e2e-director', role: 'director' } } });
      expect(await call(h, 'residents.list')).toMatchObject({ ok: true });
    } finally {
      await h.close();
    }
    await expect(startWebHarness({ conn, rendererDir: tempDir(), signedInAs: 'nobody' })).rejects.toThrow(/no active account/);
  });
});
