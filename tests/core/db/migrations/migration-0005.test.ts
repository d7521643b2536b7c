import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, package0003, seed0002, signingKey0003, soundness, user0002 } from './old-rows';

// 0005 moves sign-in failures out of the users table into sign_in_throttle (auth/throttle.ts).

async function accountsAt4() {
  const at = await tempDbAt(4);
  seed0002(at.sqlite);
  signingKey0003(at.sqlite, 'k1', 'active');
  package0003(at.sqlite, 1, 'k1');
  user0002(at.sqlite, 'u2', null);
  user0002(at.sqlite, 'u3', null);
  // As 0002's code kept them: u2 two wrong passwords in a row; u3 locked out (the count back at 0).
  at.sqlite.prepare("UPDATE users SET failed_attempts = 2 WHERE id = 'u2'").run();
  at.sqlite.prepare("UPDATE users SET failed_attempts = 0, locked_until = '2026-11-26T10:15:00.000Z' WHERE id = 'u3'").run();
  return at;
}

describe('migration 0005: sign-in throttle', () => {
  it('carries each account’s failures and lock into the throttle, and drops the two columns from users', async () => {
    const { sqlite, to } = await accountsAt4();
    const before = allRows(sqlite);
    expect(await to(5)).toEqual(['0005_sign_in_throttle']);
    const after = allRows(sqlite);
    expect(after.sign_in_throttle).toEqual([
      { subject: 'user:u2', failures: 2, wait_until: null, updated_at: expect.any(String) },
      { subject: 'user:u3', failures: 5, wait_until: '2026-11-26T10:15:00.000Z', updated_at: expect.any(String) },
    ]);
    const withoutThrottle = (users: unknown[]) =>
      (users as Array<Record<string, unknown>>).map(({ failed_attempts: _f, locked_until: _l, ...u }) => u);
    expect(after.users).toEqual(withoutThrottle(before.users!));
    expect(after).toEqual({ ...before, users: after.users, sign_in_throttle: after.sign_in_throttle });
    const columns = sqlite.prepare("SELECT name FROM pragma_table_info('users')").pluck().all();
    expect(columns).not.toContain('failed_attempts');
    expect(columns).not.toContain('locked_until');
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('refuses a negative count and a second row for one subject', async () => {
    const { sqlite, to } = await accountsAt4();
    await to(5);
    const put = sqlite.prepare("INSERT INTO sign_in_throttle (subject, failures, updated_at) VALUES (?, ?, 'x')");
    expect(() => put.run('name:abc', -1)).toThrow(/CHECK/);
    put.run('name:abc', 1);
    expect(() => put.run('name:abc', 2)).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
