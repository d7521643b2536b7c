import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from '../../src-main/web/server';
import { printCallAllowed } from '../../src-main/print/pdf';
import { tempDb, tempDir } from '../helpers/db';
import { addUser } from '../helpers/users';
import { childInput } from '../helpers/residents';

// The harness as the headless print starts it: answering as the CLI's local actor (no account)
// or as one user, reads only, the token and the route in one address.

const opened: WebHarness[] = [];
afterEach(async () => {
  for (const h of opened.splice(0)) await h.close();
});

async function printHarness(opts: { username?: string } = {}) {
  const { conn } = await tempDb();
  await addUser(conn.db, 'teacher', { username: 'muellim' });
  const dir = tempDir();
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Qayğı</title>');
  const h = await startWebHarness({
    conn, rendererDir: dir, delivery: false, backup: { schedule: false }, signedInAs: opts.username, actAsSystem: opts.username === undefined, allowCall: printCallAllowed,
  });
  opened.push(h);
  const api = async (name: string, body: unknown = {}) => {
    const res = await fetch(`${new URL(h.url).origin}/api/call/${name}`, { method: 'POST', headers: { 'x-qaygi-token': h.token, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };
  };
  const count = (table: string) => conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { h, api, count };
}

describe('the print harness', () => {
  it('answers as the local actor, signed in, reads only: a write is forbidden and writes nothing', async () => {
    const { h, api, count } = await printHarness();
    const session = await api('auth.session');
    expect(session).toMatchObject({ ok: true, value: { signedIn: true, locked: false, user: { username: 'local-cli', role: 'director' } } });
    expect(await api('education.planList', {})).toMatchObject({ ok: true, value: { total: 0 } });
    const before = [count('residents'), count('audit_log')];
    expect(await api('residents.create', { confirmDuplicate: true, ...childInput() })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await api('auth.signOut')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect([count('residents'), count('audit_log')]).toEqual(before);
    expect(h.urlFor('/print/education-plan/abc/az')).toBe(`${h.url}&to=%2Fprint%2Feducation-plan%2Fabc%2Faz`);
  });

  it('as a user: that user’s session and permissions', async () => {
    const { api } = await printHarness({ username: 'muellim' });
    expect(await api('auth.session')).toMatchObject({ ok: true, value: { signedIn: true, user: { username: 'muellim', role: 'teacher' } } });
    expect(await api('audit.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
