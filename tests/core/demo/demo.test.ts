import { describe, expect, it } from 'vitest';
import { generateDemo, withKeyWorkers } from '../../../src-main/core/demo/generate';
import { residentRows, writeDemo } from '../../../src-main/core/demo/write';
import { ROLES } from '../../../src-main/core/contract/permissions';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, surnameFor } from '../../../src-main/core/demo/names';
import { Prng } from '../../../src-main/core/demo/prng';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { AppError } from '../../../src-main/core/contract/errors';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { FIN_PATTERN, ageOn, LEGAL_STATUSES } from '../../../src-main/core/residents/schema';
import { translate } from '../../../src-main/core/i18n/index';
import { testCtx } from '../../helpers/db';
import { sessionOn } from '../../helpers/users';

const TODAY = '2026-11-26';

describe('demo generator', () => {
  it('makes 120 current children and 30 discharged ones by default-size input', () => {
    const d = generateDemo({ children: 120, seed: 1, today: TODAY });
    const current = d.children.filter((c) => c.fields.status !== 'discharged');
    expect(current).toHaveLength(120);
    expect(d.children.filter((c) => c.fields.status === 'discharged')).toHaveLength(30);
    expect(current.some((c) => c.fields.status === 'day_attendee')).toBe(true);
    expect(current.filter((c) => c.fields.status === 'resident').length).toBeGreaterThan(90);
  });

  it('is reproducible for a seed, ids included, and different for another seed', () => {
    const a = generateDemo({ children: 200, seed: 42, today: TODAY });
    const b = generateDemo({ children: 200, seed: 42, today: TODAY });
    const c = generateDemo({ children: 200, seed: 43, today: TODAY });
    expect(b).toEqual(a);
    expect(c.institution).not.toEqual(a.institution);
    const idsA = new Set(a.children.map((x) => x.id));
    expect(c.children.filter((x) => idsA.has(x.id))).toHaveLength(0);
    expect(c.children.map((x) => x.fields.lastName)).not.toEqual(a.children.map((x) => x.fields.lastName));
  });

  it('gives valid, unique FINs (7 chars, no I or O) and leaves some children without one', () => {
    const d = generateDemo({ children: 1000, seed: 3, today: TODAY });
    const fins = d.children.map((c) => c.fields.fin).filter((f): f is string => f !== null);
    for (const f of fins) expect(f).toMatch(FIN_PATTERN);
    expect(fins.join('')).not.toMatch(/[IO]/);
    expect(new Set(fins).size).toBe(fins.length);
    expect(fins.length).toBeGreaterThan(700);
    expect(fins.length).toBeLessThan(d.children.length);
    const certs = d.children.map((c) => c.fields.birthCertificate).filter((x) => x !== null);
    expect(new Set(certs).size).toBe(certs.length);
    expect(certs.length).toBeGreaterThan(400);
    expect(certs.length).toBeLessThan(d.children.length);
  });

  it('names children consistently with their sex: surname form, given name, patronymic', () => {
    const d = generateDemo({ children: 500, seed: 5, today: TODAY });
    for (const { fields: c } of d.children) {
      const male = SURNAMES.find((s) => surnameFor(s, c.sex) === c.lastName);
      expect(male, c.lastName).toBeDefined();
      expect(c.sex === 'M' ? MALE_NAMES : FEMALE_NAMES).toContain(c.firstName);
      const [father, word, ...rest] = c.patronymic.split(' ');
      expect(rest).toEqual([]);
      expect(MALE_NAMES).toContain(father);
      expect(word).toBe(c.sex === 'M' ? 'oğlu' : 'qızı');
      if (c.sex === 'F' && /(ov|ev)$/.test(male!)) expect(c.lastName).toBe(`${male}a`);
    }
    // Names with every Azerbaijani letter the search folds.
    const all = d.children.map((c) => `${c.fields.lastName} ${c.fields.firstName} ${c.fields.patronymic}`).join(' ');
    for (const ch of ['ə', 'ş', 'ç', 'ğ', 'ı', 'İ', 'ö', 'ü']) expect(all).toContain(ch);
  });

  it('gives plausible dates: current children 0–17, admitted after birth, nothing in the future', () => {
    const d = generateDemo({ children: 1000, seed: 7, today: TODAY });
    const ages = new Set<number>();
    for (const { fields: c } of d.children) {
      expect(c.dateOfBirth <= c.admissionDate).toBe(true);
      expect(c.admissionDate <= TODAY).toBe(true);
      if (c.admissionDecisionDate) {
        expect(c.admissionDecisionDate <= c.admissionDate).toBe(true);
        expect(c.admissionDecisionDate >= c.dateOfBirth).toBe(true);
      }
      const age = ageOn(c.dateOfBirth, TODAY);
      if (c.status !== 'discharged') {
        expect(age).toBeGreaterThanOrEqual(0);
        expect(age).toBeLessThanOrEqual(17);
        ages.add(age);
      } else expect(age).toBeLessThanOrEqual(18);
    }
    expect(ages.size).toBe(18);
  });

  it('has every legal status, disabilities with a degree, and groups with key workers', () => {
    const d = generateDemo({ children: 1000, seed: 9, today: TODAY });
    const f = d.children.map((c) => c.fields);
    expect(new Set(f.map((c) => c.legalStatus))).toEqual(new Set(LEGAL_STATUSES));
    const disabled = f.filter((c) => c.disability);
    expect(disabled.length).toBeGreaterThan(50);
    for (const c of disabled) {
      expect(c.disabilityDegree).toMatch(/^(I|II|III|IV)$/);
      expect(c.disabilityDiagnosis).not.toBe('');
    }
    for (const c of f.filter((x) => x.status !== 'discharged')) {
      expect(c.groupName).not.toBe('');
      expect(c.keyWorker).not.toBe('');
      if (c.status === 'resident') expect(c.room).toMatch(/^\d{3,}$/);
      else expect(c.room).toBe('');
    }
    // The basis follows the legal status: parents deprived of their rights came by a court decision.
    for (const c of f.filter((x) => x.legalStatus === 'parents_deprived')) expect(c.admissionBasis).toBe('court');
  });

  it.each([1, 2, 99, 123456])('always holds the children the folded searches look for (seed %i)', (seed) => {
    const d = generateDemo({ children: 5, seed, today: TODAY });
    const current = d.children.filter((c) => c.fields.status !== 'discharged').map((c) => c.fields);
    expect(current.map((c) => c.lastName)).toEqual(expect.arrayContaining(['Məmmədov', 'İsmayılov', 'Ağayev']));
    expect(current.map((c) => c.firstName)).toEqual(expect.arrayContaining(['Şəbnəm', 'Çingiz']));
  });

  it('makes ids in UUIDv7 layout, unique, in creation order, never stamped in the future', () => {
    const d = generateDemo({ children: 300, seed: 11, today: TODAY });
    const ids = d.children.map((c) => c.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of d.children) expect(c.createdAt < `${TODAY}T00:00:00.000Z`).toBe(true);
  });

  it('refuses sizes out of range', () => {
    expect(() => generateDemo({ children: 0, seed: 1, today: TODAY })).toThrow(RangeError);
    expect(() => generateDemo({ children: 1.5, seed: 1, today: TODAY })).toThrow(RangeError);
  });

  it('has a seeded generator that does not repeat itself early', () => {
    const r = new Prng(1);
    const seen = new Set(Array.from({ length: 10_000 }, () => r.u32()));
    expect(seen.size).toBeGreaterThan(9_990);
    expect(new Prng(1).u32()).toBe(new Prng(1).u32());
    expect(new Prng(1).u32()).not.toBe(new Prng(2).u32());
  });
});

describe('demo written to a database', () => {
  it('writes the institution, its staff and accounts, and every child, each with a chained audit entry', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const s = await writeDemo(ctx, { children: 60, seed: 1 });
    expect(s.residents + s.dayAttendees).toBe(60);
    expect(s.discharged).toBe(15);
    const count = (table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const staff = count('staff');
    const trainings = count('staff_trainings');
    expect(staff).toBeGreaterThan(20);
    expect(s.staff).toEqual({
      current: count('staff WHERE left_date IS NULL'),
      former: count('staff WHERE left_date IS NOT NULL'),
      trainings,
    });
    expect(s.staff.former).toBeGreaterThan(0);
    expect(count('users')).toBe(ROLES.length);
    expect(s.auditEntries).toBe(1 + staff + trainings + ROLES.length + 75 + s.education.auditEntries + s.care.auditEntries + s.daily!.auditEntries + s.safeguarding!.auditEntries + s.documents.auditEntries);
    const inst = ctx.conn.sqlite.prepare('SELECT * FROM institution').all() as Array<Record<string, unknown>>;
    expect(inst).toHaveLength(1);
    expect(inst[0]).toMatchObject({ type: 'childrens_home', code: s.institution.code });
    expect(await verifyAuditChain(ctx.db)).toEqual({ ok: true, entries: s.auditEntries });
    // (education's entries: tests/core/education/demo.test.ts; care's: tests/core/care/demo.test.ts)
    const actions = ctx.conn.sqlite
      .prepare("SELECT action, count(*) n FROM audit_log WHERE action NOT LIKE 'education.%' AND action NOT LIKE 'care.%' AND action NOT IN ('referral.create', 'assessment.create', 'relative.create', 'plan.create', 'plan.review') AND action NOT LIKE 'restraint.%' AND action NOT LIKE 'complaint.%' AND action NOT LIKE 'medication_stock.%' AND action NOT IN ('allergy.add', 'first_aid.record') GROUP BY action ORDER BY action")
      .all();
    expect(actions).toEqual([
      { action: 'attachment.add', n: s.documents.attachments },
      { action: 'care_note.create', n: s.daily!.notes },
      { action: 'consent.record', n: s.documents.consents },
      { action: 'family_contact.create', n: s.daily!.contacts },
      { action: 'incident.create', n: s.daily!.incidents },
      { action: 'incident.involve', n: expect.any(Number) },
      { action: 'institution.create', n: 1 },
      { action: 'medication.dose', n: s.daily!.doses },
      { action: 'medication.prescribe', n: s.daily!.prescriptions },
      { action: 'medication.stop', n: 1 }, // one course stopped by the doctor (daily/demo.ts)
      { action: 'resident.create', n: 75 },
      { action: 'roll_call.save', n: s.daily!.rollCalls },
      { action: 'staff.create', n: staff },
      { action: 'staff.trainingAdd', n: trainings },
      { action: 'user.create', n: ROLES.length },
    ]);
    // Rows are what the services would have written: readable and searchable through the contract.
    const list = await dispatch(ctx, 'residents.list', { status: 'all', limit: 1000 });
    expect(list.ok && list.value.total).toBe(75);
    const found = await dispatch(ctx, 'residents.search', { query: 'memmedov' });
    expect(found.ok && found.value[0]?.lastName).toBe('Məmmədov');
    // The same rows as the generator's for the same day, with the institution's caregivers as key workers.
    const caregivers = ctx.conn.sqlite
      .prepare("SELECT last_name || ' ' || first_name FROM staff WHERE position = 'caregiver' AND left_date IS NULL ORDER BY rowid")
      .pluck()
      .all() as string[];
    const gen = withKeyWorkers(generateDemo({ children: 60, seed: 1, today: '2026-11-26' }), caregivers);
    const rows = ctx.conn.sqlite.prepare('SELECT * FROM residents ORDER BY id').all();
    expect(rows).toEqual(residentRows(gen).map((r) => expect.objectContaining(r)));
  });

  it('gives every current child a key worker who is one of the home’s working caregivers', async () => {
    const ctx = await testCtx();
    const s = await writeDemo(ctx, { children: 100, seed: 4 });
    const byGroup = ctx.conn.sqlite
      .prepare("SELECT group_name g, key_worker k, count(*) n FROM residents WHERE status <> 'discharged' GROUP BY g, k")
      .all() as Array<{ g: string; k: string }>;
    const caregivers = new Set(
      ctx.conn.sqlite.prepare("SELECT last_name || ' ' || first_name FROM staff WHERE position = 'caregiver' AND left_date IS NULL").pluck().all(),
    );
    // One key worker a group, a different caregiver for each (there are more caregivers than groups).
    expect(new Set(byGroup.map((x) => x.g)).size).toBe(byGroup.length);
    expect(byGroup.length).toBeGreaterThan(4);
    for (const { k } of byGroup) expect(caregivers).toContain(k);
    expect(new Set(byGroup.map((x) => x.k)).size).toBe(byGroup.length);
    // The caregiver demo account belongs to one of them.
    const account = s.accounts.find((a) => a.role === 'caregiver')!;
    expect(byGroup.map((x) => x.k)).toContain(account.displayName);
    expect(ctx.conn.sqlite.prepare("SELECT count(*) FROM residents WHERE status = 'discharged' AND key_worker <> ''").pluck().get()).toBe(0);
  });

  it('writes the same staff and children for the same seed, with fresh random passwords each time', async () => {
    const [a, b] = [await testCtx(), await testCtx()];
    const [sa, sb] = [await writeDemo(a, { children: 30, seed: 9 }), await writeDemo(b, { children: 30, seed: 9 })];
    for (const table of ['institution', 'staff', 'staff_trainings', 'residents']) {
      const all = (c: typeof a) => c.conn.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
      expect(all(b), table).toEqual(all(a));
    }
    expect(sb.accounts.map(({ password: _p, ...x }) => x)).toEqual(sa.accounts.map(({ password: _p, ...x }) => x));
    // Passwords never come from the seed: a seed is printed and easy to guess (see staff/demo.ts).
    const passwords = [...sa.accounts, ...sb.accounts].map((x) => x.password);
    expect(new Set(passwords).size).toBe(passwords.length);
    // Each printed password signs its account in, with that account's role.
    for (const acc of sa.accounts) {
      const r = await dispatch(sessionOn(a.db, a.now).ctx(), 'auth.signIn', { username: acc.username, password: acc.password });
      expect(r, acc.username).toMatchObject({ ok: true, value: { user: { role: acc.role, displayName: acc.displayName } } });
    }
  }, 90_000); // 16 password hashes and 8 checks, each made slow on purpose

  it('refuses a database that already has children, writing nothing', async () => {
    const ctx = await testCtx();
    await writeDemo(ctx, { children: 10, seed: 1 });
    const before = ctx.conn.sqlite.prepare('SELECT (SELECT count(*) FROM residents) r, (SELECT count(*) FROM audit_log) a').get();
    const e = await writeDemo(ctx, { children: 10, seed: 2 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('conflict');
    expect((e as AppError).messageKey).toBe('app.demo.hasResidents');
    expect(translate('az', 'app.demo.hasResidents', (e as AppError).params)).toContain('13 uşağın');
    expect(ctx.conn.sqlite.prepare('SELECT (SELECT count(*) FROM residents) r, (SELECT count(*) FROM audit_log) a').get()).toEqual(before);
  });

  it('refuses a database that already has an institution', async () => {
    const ctx = await testCtx();
    ctx.conn.sqlite
      .prepare("INSERT INTO institution (id, code, name_az, name_en, type, created_at, updated_at) VALUES (1, 'X-1', 'X', 'X', 'childrens_home', '2026-01-01', '2026-01-01')")
      .run();
    const e = await writeDemo(ctx, { children: 10, seed: 1 }).catch((x: unknown) => x);
    expect((e as AppError).messageKey).toBe('app.demo.hasInstitution');
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM residents').pluck().get()).toBe(0);
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  });
});
