import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { commitImport, previewImport } from '../../../src-main/core/imports/service';
import { stageBytes } from '../../../src-main/core/imports/staging';
import type { ImportKind } from '../../../src-main/core/imports/schema';
import { testCtx } from '../../helpers/db';
import { csv, encode, workbook } from './samples';

// Import of the registers institutions keep in Excel: sample workbooks (headers in az, ru and en)
// and CSVs (UTF-8, Windows-1251, Windows-1254) with good and bad rows, through the preview and the
// commit. The clock is 2026-11-26.

const stage = (ctx: Ctx, bytes: Uint8Array, name = 'register.xlsx') => stageBytes(ctx.actor.username, name, bytes, ctx.now().getTime());

async function preview(ctx: Ctx, kind: ImportKind, bytes: Uint8Array, extra: Record<string, unknown> = {}) {
  return previewImport(ctx, { uploadId: stage(ctx, bytes), kind, sheet: null, skip: [], edits: {}, ...extra });
}

async function commit(ctx: Ctx, kind: ImportKind, bytes: Uint8Array, extra: Record<string, unknown> = {}) {
  return commitImport(ctx, { uploadId: stage(ctx, bytes), kind, sheet: null, skip: [], edits: {}, ...extra });
}

const count = async (ctx: Ctx, table: 'residents' | 'staff' | 'care_episodes') =>
  Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const AZ_HEADER = ['Soyadı', 'Adı', 'Ata adı', 'Cinsi', 'Doğum tarixi', 'FİN', 'Hüquqi status', 'Qəbul tarixi', 'Qəbul əsası', 'Qrup'];

describe('import of the register of children', () => {
  it('reads an az workbook: guesses the columns, checks each row, names the cell of each error', async () => {
    const ctx = await testCtx();
    const bytes = await workbook(
      { name: 'Qeyd', rows: [['Bu vərəq boşdur']] },
      {
        name: 'Uşaqlar',
        rows: [
          AZ_HEADER,
          ['Məmmədov', 'Elçin', 'Rəşid oğlu', 'oğlan', new Date(Date.UTC(2015, 2, 4)), '5ABCD12', 'yetim', '12.01.2024', 'komissiya', 'Günəş'],
          ['Əliyeva', 'Aysel', 'Vüqar qızı', 'qız', '2013-07-21', '', 'valideyn hüququndan məhrum edilib', 45000, 'məhkəmə', 'Günəş'],
          ['Həsənov', 'Orxan', '', 'oğlan', '31.02.2016', 'IO12345', 'opeka', '01.09.2030', '', ''],
          ['Memmedov', 'Elcin', 'Reşid oğlu', 'kişi', '04.03.2015', '', 'yetim', '12.01.2024', '', ''],
          ['', 'Nərgiz', '', 'qız', '05.05.2012', '', '', '12.01.2024', '', ''],
        ],
      },
    );
    const p = await preview(ctx, 'residents', bytes, { sheet: 'Uşaqlar' });
    expect(p.sheets).toEqual(['Qeyd', 'Uşaqlar']);
    expect(p.mappingFrom).toBe('guessed');
    expect(p.mapping).toMatchObject({ lastName: 0, firstName: 1, patronymic: 2, sex: 3, dateOfBirth: 4, fin: 5, legalStatus: 6, admissionDate: 7, admissionBasis: 8, groupName: 9 });
    expect(p.counts).toEqual({ rows: 5, valid: 2, errors: 3, skipped: 0 });
    const [r2, r3, r4, r5, r6] = p.rows;
    expect(r2).toMatchObject({ row: 2, status: 'ok', cells: { dateOfBirth: '2015-03-04' } });
    // An Excel serial: 45000 is 2023-03-15.
    expect(r3).toMatchObject({ row: 3, status: 'ok' });
    const codes = (r: typeof r4) => Object.fromEntries(r!.issues.map((i) => [i.field, [i.code, i.column]]));
    expect(codes(r4)).toEqual({
      dateOfBirth: ['date_impossible', 'Doğum tarixi'],
      fin: ['fin_format', 'FİN'],
      legalStatus: ['unknown_code', 'Hüquqi status'],
      admissionDate: ['date_future', 'Qəbul tarixi'],
    });
    // Row 5 is row 2's child typed without ə (look-alikes folded): a duplicate of a row in the file.
    expect(codes(r5)).toEqual({ lastName: ['duplicate_in_file', 'Soyadı'] });
    expect(r5!.issues[0]!.params).toEqual({ row: 2 });
    expect(codes(r6)).toEqual({ lastName: ['required', 'Soyadı'] });
    expect(await count(ctx, 'residents')).toBe(0); // a preview writes nothing
  });

  it('commits the valid rows in one transaction with one audit entry each and one for the import; re-import adds no one', async () => {
    const ctx = await testCtx();
    const bytes = await workbook({
      name: 'Лист1',
      rows: [
        ['Фамилия', 'Имя', 'Отчество', 'Пол', 'Дата рождения', 'Дата поступления', 'Правовой статус', 'Основание'],
        ['Гусейнова', 'Лейла', 'Эльдаровна', 'ж', '10.10.2014', '01.02.2025', 'сирота', 'суд'],
        ['Mәmmәdov', 'Tural', 'Vaqif oğlu', 'м', '03.03.2012', '15.06.2024', 'лишены родительских прав', 'комиссия'],
        ['Иванов', 'Пётр', '', 'x', '01.01.2011', '01.01.2024', '', ''],
      ],
    });
    const first = await commit(ctx, 'residents', bytes);
    expect(first).toMatchObject({ imported: 2, skipped: 1, errors: [{ row: 4, column: 'Пол', code: 'unknown_code' }] });
    const children = await ctx.db.selectFrom('residents').select(['last_name', 'first_name', 'sex', 'legal_status', 'admission_basis']).orderBy('last_name').execute();
    // Stored as typed (the Cyrillic ә stays), the words recognised.
    expect(children).toEqual([
      { last_name: 'Mәmmәdov', first_name: 'Tural', sex: 'M', legal_status: 'parents_deprived', admission_basis: 'commission' },
      { last_name: 'Гусейнова', first_name: 'Лейла', sex: 'F', legal_status: 'orphan', admission_basis: 'court' },
    ]);
    expect(await count(ctx, 'care_episodes')).toBe(2); // each child's admission
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'after']).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['resident.create', 'resident.create', 'import.commit']);
    expect(JSON.parse(audit[2]!.after!)).toMatchObject({ kind: 'residents', imported: 2, skipped: 1 });
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);

    // The same file again: everyone is already there, the mapping is remembered.
    const again = await preview(ctx, 'residents', bytes);
    expect(again.mappingFrom).toBe('remembered');
    expect(again.rows.slice(0, 2).map((r) => r.issues.map((i) => i.code))).toEqual([['duplicate_existing'], ['duplicate_existing']]);
    const second = await commit(ctx, 'residents', bytes);
    expect(second.imported).toBe(0);
    expect(await count(ctx, 'residents')).toBe(2);
    // A child typed with ə this time, matched to the one stored with the Cyrillic ә.
    const retyped = await workbook({ name: 'S', rows: [['Soyad', 'Ad', 'Ata adı', 'Cins', 'Doğum tarixi', 'Qəbul tarixi'], ['Məmmədov', 'Tural', 'Vaqif oğlu', 'oğlan', '2012-03-03', '2024-06-15']] });
    expect((await preview(ctx, 'residents', retyped)).rows[0]!.issues.map((i) => i.code)).toEqual(['duplicate_existing']);
  });

  it('takes the rows fixed or skipped in the preview', async () => {
    const ctx = await testCtx();
    const bytes = await workbook({
      name: 'Sheet1',
      rows: [
        ['Last name', 'First name', 'Sex', 'Date of birth', 'Admission date', 'FIN'],
        ['Aliyev', 'Kamran', 'boy', '2014-04-04', '2024-01-10', 'BAD'],
        ['Quliyeva', 'Sevda', 'girl', '2013-03-03', '2024-01-10', ''],
        ['Rzayev', 'Nihad', 'male', '2012-02-02', '2024-01-10', ''],
      ],
    });
    const p = await preview(ctx, 'residents', bytes);
    expect(p.counts.errors).toBe(1);
    const r = await commit(ctx, 'residents', bytes, { edits: { '2': { fin: '5abcd12' } }, skip: [4] });
    expect(r).toMatchObject({ imported: 2, skipped: 1, errors: [] });
    expect((await ctx.db.selectFrom('residents').select('fin').where('last_name', '=', 'Aliyev').executeTakeFirstOrThrow()).fin).toBe('5ABCD12');
  });

  it('reads CSVs in UTF-8, Windows-1251 and Windows-1254, the separator guessed', async () => {
    const ctx = await testCtx();
    const ru = csv([['Фамилия', 'Имя', 'Пол', 'Дата рождения', 'Дата поступления'], ['Сафаров', 'Руслан', 'мальчик', '12.12.2012', '01.03.2024']], ';');
    const tr = csv([['Soyadı', 'Adı', 'Cinsi', 'Doğum tarixi', 'Qəbul tarixi'.replace('ə', 'e')], ['Şükürov', 'İlkin', 'oğlan', '11.11.2011', '01.03.2024']], '\t');
    const utf = csv([['Soyadı', 'Adı', 'Cinsi', 'Doğum tarixi', 'Qəbul tarixi'], ['Nəsirli', 'Günay', 'qız', '2010-10-10', '2024-03-01']], ',');
    const p1251 = await previewImport(ctx, { uploadId: stage(ctx, encode(ru, 'windows-1251'), 'r.csv'), kind: 'residents', sheet: null, skip: [], edits: {} });
    expect(p1251).toMatchObject({ format: 'csv', encoding: 'windows-1251', separator: ';', counts: { valid: 1 } });
    expect(p1251.rows[0]!.cells.lastName).toBe('Сафаров');
    const p1254 = await previewImport(ctx, { uploadId: stage(ctx, encode(tr, 'windows-1254'), 't.csv'), kind: 'residents', sheet: null, skip: [], edits: {} });
    expect(p1254).toMatchObject({ encoding: 'windows-1254', separator: '\t', counts: { valid: 1 } });
    expect(p1254.rows[0]!.cells.lastName).toBe('Şükürov');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(utf)]);
    const putf = await previewImport(ctx, { uploadId: stage(ctx, bom, 'u.csv'), kind: 'residents', sheet: null, skip: [], edits: {} });
    expect(putf).toMatchObject({ encoding: 'utf-8', separator: ',', counts: { valid: 1 } });
    expect(putf.header[0]).toBe('Soyadı');
  });
});

describe('import of the staff register', () => {
  it('checks the staff rules and adds no one twice', async () => {
    const ctx = await testCtx();
    const bytes = await workbook({
      name: 'İşçilər',
      rows: [
        ['Soyadı', 'Adı', 'Cinsi', 'Vəzifəsi', 'İşə qəbul tarixi', 'İşdən çıxma tarixi', 'Təhsili', 'Telefon'],
        ['Kərimova', 'Səbinə', 'qadın', 'tərbiyəçi köməkçisi', '01.09.2020', '', 'ali', '+994 50 123 45 67'],
        ['Abbasov', 'Rauf', 'kişi', 'həkim', '01.09.2021', '01.09.2020', '', ''],
        ['Nuriyev', 'Elnur', 'kişi', 'kosmonavt', '01.09.2021', '', '', ''],
        // No hiring date: the rule comparing it with the date of birth has nothing to compare.
        ['Vəliyev', 'Samir', 'kişi', 'aşpaz', '', '', '', ''],
      ],
    });
    const r = await commit(ctx, 'staff', bytes);
    expect(r.imported).toBe(1);
    expect(r.errors).toEqual([
      { row: 3, column: 'İşdən çıxma tarixi', code: 'date_order' },
      { row: 4, column: 'Vəzifəsi', code: 'unknown_code' },
      { row: 5, column: 'İşə qəbul tarixi', code: 'required' },
    ]);
    const s = await ctx.db.selectFrom('staff').select(['position', 'education']).executeTakeFirstOrThrow();
    expect(s).toEqual({ position: 'assistant_caregiver', education: 'bachelor' });
    expect((await commit(ctx, 'staff', bytes)).imported).toBe(0);
    expect(await count(ctx, 'staff')).toBe(1);
    // A date of birth without a hiring date: the rule that compares them has nothing to compare.
    const noHire = await workbook({ name: 'S', rows: [['Soyadı', 'Adı', 'Cinsi', 'Vəzifəsi', 'Doğum tarixi', 'İşə qəbul tarixi'], ['Sadıqov', 'Ramil', 'kişi', 'aşpaz', '01.01.1980', '']] });
    expect((await preview(ctx, 'staff', noHire)).rows[0]!.issues.map((i) => [i.field, i.code])).toEqual([['hiredDate', 'required']]);
  });
});

describe('the import calls', () => {
  it('send a file in chunks, preview and commit it; a role without the register permission is refused', async () => {
    const ctx = await testCtx();
    const bytes = await workbook({ name: 'S', rows: [['Soyad', 'Ad', 'Cins', 'Doğum tarixi', 'Qəbul tarixi'], ['Babayev', 'Anar', 'oğlan', '2014-01-01', '2024-01-01']] });
    const b64 = Buffer.from(bytes).toString('base64');
    const half = Math.floor(bytes.length / 2);
    const a = await dispatch(ctx, 'imports.upload', { fileName: 'r.xlsx', size: bytes.length, offset: 0, dataBase64: Buffer.from(bytes.subarray(0, half)).toString('base64') });
    if (!a.ok) throw new Error(JSON.stringify(a.error));
    expect(a.value.received).toBe(half);
    const b = await dispatch(ctx, 'imports.upload', { uploadId: a.value.uploadId, fileName: 'r.xlsx', size: bytes.length, offset: half, dataBase64: Buffer.from(bytes.subarray(half)).toString('base64') });
    expect(b).toMatchObject({ ok: true, value: { received: bytes.length } });
    expect(b64.length).toBeGreaterThan(0);
    const p = await dispatch(ctx, 'imports.preview', { uploadId: a.value.uploadId, kind: 'residents' });
    expect(p).toMatchObject({ ok: true, value: { counts: { valid: 1 } } });
    const c = await dispatch(ctx, 'imports.commit', { uploadId: a.value.uploadId, kind: 'residents' });
    expect(c).toMatchObject({ ok: true, value: { imported: 1 } });
    // The upload is gone once committed.
    expect(await dispatch(ctx, 'imports.preview', { uploadId: a.value.uploadId, kind: 'residents' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const caregiver = { ...ctx, actor: { ...ctx.actor, role: 'caregiver' as const } };
    expect(await dispatch(caregiver, 'imports.upload', { fileName: 'r.xlsx', size: 3, offset: 0, dataBase64: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = { ...ctx, actor: { ...ctx.actor, role: 'admin' as const, username: 'adm' } };
    const up = await dispatch(admin, 'imports.upload', { fileName: 'r.xlsx', size: bytes.length, offset: 0, dataBase64: b64 });
    if (!up.ok) throw new Error('upload');
    expect(await dispatch(admin, 'imports.preview', { uploadId: up.value.uploadId, kind: 'residents' })).toMatchObject({ ok: true });
    // Someone else's upload is not reachable.
    expect(await dispatch(ctx, 'imports.preview', { uploadId: up.value.uploadId, kind: 'residents' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('import of the register of admissions and exits', () => {
  it('adds stays as care episodes, an exit to a stay already recorded, and refuses overlaps, unknown children and repeats', async () => {
    const ctx = await testCtx();
    // The children first (their current admission comes with them), from the register of children.
    const children = await workbook({
      name: 'Uşaqlar',
      rows: [
        ['Soyadı', 'Adı', 'Cinsi', 'Doğum tarixi', 'FİN', 'Qəbul tarixi'],
        ['Səfərova', 'Günel', 'qız', '01.01.2012', '7KLMN34', '01.02.2024'],
        ['Orucov', 'Kənan', 'oğlan', '02.02.2011', '', '05.05.2025'],
      ],
    });
    expect((await commit(ctx, 'residents', children)).imported).toBe(2);
    const register = await workbook({
      name: 'Jurnal',
      rows: [
        ['FİN', 'Soyadı', 'Adı', 'Doğum tarixi', 'Qəbul tarixi', 'Qəbul əsası', 'Çıxma tarixi', 'Hara gedib', 'Çıxma qərarının nömrəsi', 'Çıxma qərarının tarixi'],
        // An earlier stay of Günel, ended with guardianship.
        ['7KLMN34', '', '', '', '10.03.2020', 'komissiya', '15.06.2021', 'qəyyumluq', 'Q-12', '10.06.2021'],
        // Her current stay (admitted with the register) gets its exit: she went home this autumn.
        ['7KLMN34', '', '', '', '01.02.2024', 'məhkəmə', '01.10.2026', 'bioloji ailəyə', 'Q-99', '25.09.2026'],
        // Kənan by name and date of birth: a stay that overlaps his current one.
        ['', 'Orucov', 'Kənan', '02.02.2011', '01.01.2025', '', '01.06.2025', 'опека', 'Q-5', '01.06.2025'],
        // Exit before admission, and a child not in the register.
        ['', 'Orucov', 'Kənan', '02.02.2011', '01.01.2019', '', '01.01.2018', 'digər', 'Q-1', '01.01.2018'],
        ['9ZZZZ99', '', '', '', '01.01.2019', '', '', '', '', ''],
        // The first row again.
        ['7KLMN34', '', '', '', '10.03.2020', 'komissiya', '15.06.2021', 'qəyyumluq', 'Q-12', '10.06.2021'],
      ],
    });
    const p = await preview(ctx, 'episodes', register);
    expect(p.mapping).toMatchObject({ childFin: 0, childLastName: 1, childFirstName: 2, childDateOfBirth: 3, admittedOn: 4, decidingBody: 5, exitedOn: 6, destination: 7, exitDecisionNumber: 8, exitDecisionDate: 9 });
    const codes = Object.fromEntries(p.rows.map((r) => [r.row, r.issues.map((i) => `${i.field}:${i.code}`)]));
    expect(codes).toEqual({
      2: [],
      3: [],
      4: ['admittedOn:date_order'],
      5: ['exitedOn:date_order'],
      6: ['childFin:not_found'],
      7: ['admittedOn:duplicate_in_file'],
    });
    // Günel's current stay has a plan: her imported exit ends it, as an exit recorded in the app does.
    const gunel = await ctx.db.selectFrom('residents').select('id').where('fin', '=', '7KLMN34').executeTakeFirstOrThrow();
    const planned = await dispatch(ctx, 'care.planCreate', { residentId: gunel.id, kind: 'reintegration', startedOn: '2024-03-01', goals: [{ domain: 'family', goal: 'Ailəyə qayıtmaq' }] });
    if (!planned.ok) throw new Error(JSON.stringify(planned.error));
    const r = await commit(ctx, 'episodes', register);
    expect(r.imported).toBe(2);
    expect(await ctx.db.selectFrom('case_plans').select(['status', 'ends_on']).where('id', '=', planned.value.id).executeTakeFirst()).toEqual({ status: 'closed', ends_on: '2026-10-01' });
    const id = (await ctx.db.selectFrom('residents').select(['id', 'status']).where('fin', '=', '7KLMN34').executeTakeFirstOrThrow());
    expect(id.status).toBe('discharged'); // the register follows the episodes
    const eps = await ctx.db.selectFrom('care_episodes').select(['kind', 'started_on', 'destination', 'admission_type']).where('resident_id', '=', id.id).orderBy('started_on').orderBy('kind').execute();
    expect(eps).toEqual([
      { kind: 'admission', started_on: '2020-03-10', destination: null, admission_type: 'new' },
      { kind: 'exit', started_on: '2021-06-15', destination: 'guardianship', admission_type: null },
      { kind: 'admission', started_on: '2024-02-01', destination: null, admission_type: 'new' },
      { kind: 'exit', started_on: '2026-10-01', destination: 'biological_family', admission_type: null },
    ]);
    // The recent family exit gets its follow-up visits; the one of 2021 does not.
    expect(await ctx.db.selectFrom('follow_up_visits').select('due_on').where('resident_id', '=', id.id).orderBy('due_on').execute()).toHaveLength(4);
    // Again: nothing new.
    expect((await commit(ctx, 'episodes', register)).imported).toBe(0);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });
});

describe('import of relatives', () => {
  it('adds each relative to the child the row names, once', async () => {
    const ctx = await testCtx();
    await commit(ctx, 'residents', await workbook({ name: 'S', rows: [['Soyadı', 'Adı', 'Cinsi', 'Doğum tarixi', 'FİN', 'Qəbul tarixi'], ['Səfərova', 'Günel', 'qız', '01.01.2012', '7KLMN34', '01.02.2024']] }));
    const file = await workbook({
      name: 'Qohumlar',
      rows: [
        ['Uşağın FİN-i', 'Qohumluq', 'Qohumun soyadı', 'Qohumun adı', 'Sağdır', 'Valideynlik hüququ', 'Telefon', 'Əlaqə tezliyi'],
        ['7KLMN34', 'ana', 'Səfərova', 'Lalə', 'bəli', 'məhrum edilib', '+994 55 111 22 33', 'aylıq'],
        ['7KLMN34', 'nənə', 'Quliyeva', 'Sara', 'bəli', '', '', 'həftəlik'],
        ['7KLMN34', 'qonşu?', 'Əliyev', 'Vəli', '', '', '', ''],
      ],
    });
    const r = await commit(ctx, 'relatives', file);
    expect(r).toMatchObject({ imported: 2, errors: [{ row: 4, column: 'Qohumluq', code: 'unknown_code' }] });
    const rel = await ctx.db.selectFrom('relatives').select(['relation', 'first_name', 'parental_rights', 'contact_frequency', 'alive']).orderBy('relation').execute();
    expect(rel).toEqual([
      { relation: 'grandmother', first_name: 'Sara', parental_rights: null, contact_frequency: 'weekly', alive: 'yes' },
      { relation: 'mother', first_name: 'Lalə', parental_rights: 'deprived', contact_frequency: 'monthly', alive: 'yes' },
    ]);
    expect((await commit(ctx, 'relatives', file)).imported).toBe(0);
  });
});
