import type { z } from 'zod';
import type { RelativesTable } from '../db/types';
import { appendAuditMany } from '../audit/audit';
import { uuidv7 } from '../ids';
import { CARE_FIELD_LABEL } from '../care/i18n/labels';
import { CONTACT_FREQUENCY_WORDS, PARENTAL_RIGHTS_WORDS, RELATION_WORDS, YES_NO_UNKNOWN_WORDS } from '../care/i18n/words';
import { SEX_WORDS } from '../residents/i18n/words';
import { RelativeCreateInput } from '../care/schema';
import { relativeColumns, relativeDateIssues } from '../care/relatives';
import { toRelativeDto } from '../care/rows';
import { CHILD_IMPORT_FIELDS, childFinder, childSchemaFields } from './child';
import { codeField, DATE, field, insertInBatches, TEXT, type FieldSpec, type KindSpec } from './kind';
import { matchKey } from './words';

// Relatives: one row per relative of a child in the register, through care's relative schema and
// date rules. The same relative of the same child (relation and name, folded) is not added twice.

const text = TEXT;
const date = DATE;
const code = codeField;
const f = field;

export const RELATIVE_IMPORT_FIELDS: FieldSpec[] = [
  ...CHILD_IMPORT_FIELDS,
  f('relation', CARE_FIELD_LABEL.relation, code(RELATION_WORDS), ['qohumluq', 'qohumluq dərəcəsi', 'kimdir', 'relation', 'relationship', 'степень родства', 'родство', 'кем приходится'], true),
  f('lastName', 'imports.relatives.lastName', text, ['qohumun soyadı', "relative's last name", 'relative last name', 'фамилия родственника'], true),
  f('firstName', 'imports.relatives.firstName', text, ['qohumun adı', "relative's first name", 'relative first name', 'имя родственника'], true),
  f('patronymic', 'imports.relatives.patronymic', text, ['qohumun ata adı', "relative's patronymic", 'отчество родственника']),
  f('sex', 'imports.relatives.sex', code(SEX_WORDS), ['qohumun cinsi', "relative's sex", 'пол родственника']),
  f('dateOfBirth', 'imports.relatives.dateOfBirth', date, ['qohumun doğum tarixi', "relative's date of birth", 'дата рождения родственника']),
  f('alive', CARE_FIELD_LABEL.alive, code(YES_NO_UNKNOWN_WORDS), ['sağdır', 'həyatdadır', 'alive', 'жив']),
  f('parentalRights', CARE_FIELD_LABEL.parentalRights, code(PARENTAL_RIGHTS_WORDS), ['valideynlik hüququ', 'valideyn hüquqları', 'parental rights', 'родительские права']),
  f('address', CARE_FIELD_LABEL.address, text, ['ünvan', 'yaşayış yeri', 'address', 'адрес']),
  f('phone', CARE_FIELD_LABEL.phone, text, ['telefon', 'phone', 'телефон']),
  f('contactFrequency', CARE_FIELD_LABEL.contactFrequency, code(CONTACT_FREQUENCY_WORDS), ['əlaqə tezliyi', 'əlaqə', 'contact', 'contact frequency', 'частота контактов', 'контакт']),
  f('lastContactOn', CARE_FIELD_LABEL.lastContactOn, date, ['son əlaqə', 'son əlaqə tarixi', 'last contact', 'последний контакт']),
  f('notes', CARE_FIELD_LABEL.notes, text, ['qeyd', 'qeydlər', 'notes', 'примечание']),
];

const RelativeRow = RelativeCreateInput.omit({ residentId: true, siblingResidentId: true }).extend(childSchemaFields);
type Row = z.output<typeof RelativeRow>;
type Write = { residentId: string; v: Row };

const keyOf = (residentId: string, relation: string, last: string, first: string) => `${residentId}|${relation}|${matchKey(`${last} ${first}`)}`;

export const relativesImport: KindSpec<Row, Write> = {
  kind: 'relatives',
  permission: 'care.write',
  fields: RELATIVE_IMPORT_FIELDS,
  schema: RelativeRow as unknown as z.ZodType<Row>,
  rules: (v, today) => relativeDateIssues(v, today),
  async checker(db) {
    const findChild = await childFinder(db);
    const rows = await db.selectFrom('relatives').select(['resident_id', 'relation', 'last_name', 'first_name']).execute();
    const existing = new Set(rows.map((r) => keyOf(r.resident_id, r.relation, r.last_name, r.first_name)));
    const seen = new Map<string, number>();
    return (v, row) => {
      const child = findChild(v);
      if ('finding' in child) return { findings: [child.finding] };
      const key = keyOf(child.id, v.relation, v.lastName, v.firstName);
      if (existing.has(key)) return { findings: [{ field: 'lastName', code: 'duplicate_existing', message: 'imports.issues.duplicateExisting' }] };
      if (seen.has(key)) return { findings: [{ field: 'lastName', code: 'duplicate_in_file', message: 'imports.issues.duplicateInFile', params: { row: seen.get(key)! } }] };
      seen.set(key, row);
      return { findings: [], value: { residentId: child.id, v } };
    };
  },
  async write(trx, ctx, _audit, values) {
    const at = ctx.now().toISOString();
    const rows: RelativesTable[] = values.map(({ residentId, v }) => {
      const { childFin: _f, childLastName: _l, childFirstName: _n, childPatronymic: _p, childDateOfBirth: _d, ...fields } = v;
      return { id: uuidv7(ctx.now().getTime()), resident_id: residentId, version: 1, created_at: at, updated_at: at, ...relativeColumns({ ...fields, siblingResidentId: null }) };
    });
    await insertInBatches(trx, 'relatives', rows, 200);
    await appendAuditMany(trx, ctx, rows.map((r) => ({ action: 'relative.create', entity: 'relative', entityId: r.id, after: { ...toRelativeDto(r, true) } })));
  },
};
