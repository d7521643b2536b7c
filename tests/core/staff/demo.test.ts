import { describe, expect, it } from 'vitest';
import { Prng } from '../../../src-main/core/demo/prng';
import { writeTx } from '../../../src-main/core/db/write';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { ROLES } from '../../../src-main/core/contract/permissions';
import { StaffCreateInput, staffDateIssues } from '../../../src-main/core/staff/schema';
import { writeDemoStaff } from '../../../src-main/core/staff/demo';
import { testCtx } from '../../helpers/db';
import { sessionOn } from '../../helpers/users';

async function demo(seed: number) {
  const ctx = await testCtx();
  const summary = await writeTx(ctx, (trx, audit) => writeDemoStaff(trx, ctx, audit, new Prng(seed, 'staff'), { today: '2026-11-26', children: 120 }));
  return { ctx, summary };
}

describe('demo staff and accounts', () => {
  it('writes valid staff, trainings and one account per role that signs in with the printed password', async () => {
    const { ctx, summary } = await demo(1);
    expect(summary.staff).toBeGreaterThan(40);
    expect(summary.former).toBeGreaterThan(0);
    expect(summary.trainings).toBeGreaterThan(20);
    expect(summary.accounts.map((a) => [a.username, a.role])).toEqual(ROLES.map((r) => [r, r]));
    // Every row is something the staff form itself would accept.
    const rows = ctx.conn.sqlite.prepare('SELECT * FROM staff').all() as Array<Record<string, string | null>>;
    for (const r of rows) {
      const v = StaffCreateInput.parse({
        fin: r.fin, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, sex: r.sex,
        dateOfBirth: r.date_of_birth, position: r.position, employmentType: r.employment_type, hiredDate: r.hired_date,
        leftDate: r.left_date, education: r.education || null, qualification: r.qualification, phone: r.phone, email: r.email,
      });
      expect(staffDateIssues(v, '2026-11-26'), `${r.last_name} ${r.first_name}`).toEqual([]);
    }
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, entries: summary.staff + summary.trainings + 8 });
    for (const a of summary.accounts) {
      const s = sessionOn(ctx.db, ctx.now);
      const r = await dispatch(s.ctx(), 'auth.signIn', { username: a.username, password: a.password });
      expect(r, a.username).toMatchObject({ ok: true, value: { user: { role: a.role, staffId: a.staffId, mustChangePassword: false } } });
    }
    const medical = ctx.conn.sqlite.prepare("SELECT s.position FROM users u JOIN staff s ON s.id = u.staff_id WHERE u.role = 'medical'").pluck().get();
    expect(medical).toBe('doctor');
  });

  it('gives the same staff for the same seed, and random passwords every time', async () => {
    const [a, b] = [await demo(7), await demo(7)];
    const staffOf = (x: typeof a) => x.ctx.conn.sqlite.prepare('SELECT * FROM staff ORDER BY id').all();
    expect(staffOf(a)).toEqual(staffOf(b));
    expect(a.summary.accounts.map((x) => x.password)).not.toEqual(b.summary.accounts.map((x) => x.password));
  });
});
