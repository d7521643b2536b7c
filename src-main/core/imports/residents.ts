import { sql } from 'kysely';
import type { ResidentsTable } from '../db/types';
import { appendAuditMany } from '../audit/audit';
import { uuidv7 } from '../ids';
import { RESIDENT_FIELD_LABEL } from '../residents/i18n/labels';
import {
  ADMISSION_BASIS_WORDS, DISABILITY_DEGREE_WORDS, LEGAL_STATUS_WORDS, RESIDENT_STATUS_WORDS, SEX_WORDS, YES_NO_WORDS,
} from '../residents/i18n/words';
import { residentDateIssues, ResidentCreateInput, type ResidentCreate } from '../residents/schema';
import { residentColumns, toResidentDto } from '../residents/service';
import { guardClosedResident } from '../residents/closed';
import { registerEpisodeRows } from '../care/register';
import { codeField, DATE, field, insertInBatches, personChecker, TEXT, type FieldSpec, type KindSpec, type PersonKey } from './kind';
import { matchKey, wordIndex } from './words';

// The register of children, imported: each row through residents' own schema and date rules, a
// child already in the register (same FIN, same birth certificate, or the same name — folded —
// and date of birth) refused, and the rows written in batches with their admission (and exit)
// episodes, as residents.create writes one.

const text = TEXT;
const date = DATE;
const code = codeField;

const f = (name: keyof typeof RESIDENT_FIELD_LABEL, spec: FieldSpec['spec'], headers: string[], required = false) => field(name, RESIDENT_FIELD_LABEL[name], spec, headers, required);

export const RESIDENT_IMPORT_FIELDS: FieldSpec[] = [
  f('fin', text, ['fin', 'fin kod', 'fin kodu', 'fərdi identifikasiya nömrəsi', 'personal id', 'pin', 'фин', 'пин']),
  f('birthCertificate', text, ['doğum haqqında şəhadətnamə', 'şəhadətnamə', 'birth certificate', 'свидетельство о рождении', 'свидетельство']),
  f('lastName', text, ['soyad', 'soyadı', 'last name', 'surname', 'family name', 'фамилия'], true),
  f('firstName', text, ['ad', 'adı', 'first name', 'name', 'given name', 'имя'], true),
  f('patronymic', text, ['ata adı', 'atasının adı', 'patronymic', 'father name', 'отчество']),
  f('sex', code(SEX_WORDS), ['cins', 'cinsi', 'sex', 'gender', 'пол'], true),
  f('dateOfBirth', date, ['doğum tarixi', 'təvəllüd', 'date of birth', 'birth date', 'dob', 'дата рождения'], true),
  f('placeOfBirth', text, ['doğum yeri', 'place of birth', 'место рождения']),
  f('citizenship', text, ['vətəndaşlıq', 'vətəndaşlığı', 'citizenship', 'nationality', 'гражданство']),
  f('legalStatus', code(LEGAL_STATUS_WORDS), ['hüquqi status', 'hüquqi vəziyyət', 'legal status', 'правовой статус', 'статус ребенка']),
  f('disability', { type: 'yesNo', words: wordIndex(YES_NO_WORDS) }, ['əlillik', 'əlilliyi', 'sağlamlıq imkanları məhdud', 'disability', 'disabled', 'инвалидность']),
  f('disabilityDegree', code(DISABILITY_DEGREE_WORDS), ['əlillik dərəcəsi', 'dərəcə', 'disability degree', 'degree', 'группа инвалидности', 'степень']),
  f('groupName', text, ['qrup', 'qrupu', 'group', 'группа']),
  f('room', text, ['otaq', 'room', 'комната']),
  f('keyWorker', text, ['məsul tərbiyəçi', 'key worker', 'ответственный воспитатель']),
  f('status', code(RESIDENT_STATUS_WORDS), ['status', 'vəziyyət', 'residence status', 'статус']),
  f('admissionDate', date, ['qəbul tarixi', 'daxil olma tarixi', 'daxil olub', 'admission date', 'admitted', 'date of admission', 'дата поступления', 'дата приема'], true),
  f('admissionBasis', code(ADMISSION_BASIS_WORDS), ['qəbul əsası', 'əsas', 'admission basis', 'basis', 'основание поступления', 'основание']),
  f('admissionDecisionNumber', text, ['qərar nömrəsi', 'qərarın nömrəsi', 'decision number', 'номер решения']),
  f('admissionDecisionDate', date, ['qərar tarixi', 'qərarın tarixi', 'decision date', 'дата решения']),
  f('admissionAuthority', text, ['qərar verən orqan', 'orqan', 'authority', 'орган', 'кем принято решение']),
  f('notes', text, ['qeyd', 'qeydlər', 'notes', 'comment', 'примечание', 'примечания']),
];

function keys(v: { fin: string | null; birthCertificate: string | null; lastName: string; firstName: string; patronymic: string; dateOfBirth: string }): PersonKey[] {
  const out: PersonKey[] = [];
  if (v.fin) out.push({ field: 'fin', key: `fin:${v.fin}` });
  if (v.birthCertificate) out.push({ field: 'birthCertificate', key: `bc:${v.birthCertificate.replace(/[^A-Z0-9]/g, '')}` });
  out.push({ field: 'lastName', key: `name:${matchKey(`${v.lastName} ${v.firstName} ${v.patronymic}`)}|${v.dateOfBirth}` });
  return out;
}

export const residentsImport: KindSpec<ResidentCreate> = {
  kind: 'residents',
  permission: 'residents.write',
  fields: RESIDENT_IMPORT_FIELDS,
  schema: ResidentCreateInput,
  rules: (v, today) => residentDateIssues(v, today),
  async checker(db) {
    const rows = await db.selectFrom('residents').select(['fin', 'birth_certificate', 'last_name', 'first_name', 'patronymic', 'date_of_birth']).execute();
    const existing = new Set(
      rows.flatMap((r) => keys({ fin: r.fin, birthCertificate: r.birth_certificate, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, dateOfBirth: r.date_of_birth }).map((k) => k.key)),
    );
    return personChecker<ResidentCreate>(existing, keys);
  },
  async write(trx, ctx, audit, values, opts) {
    const now = ctx.now();
    const at = now.toISOString();
    const rows: ResidentsTable[] = values.map((input) => {
      const { confirmDuplicate: _c, reason: _r, ...v } = input;
      return { id: uuidv7(now.getTime()), version: 1, created_at: at, updated_at: at, ...residentColumns(v) };
    });
    const episodes = rows.flatMap((r) => registerEpisodeRows(r, now));
    await insertInBatches(trx, 'residents', rows);
    await insertInBatches(trx, 'care_episodes', episodes, 200);
    const dtos = rows.map((r) => toResidentDto(r, true));
    await appendAuditMany(trx, ctx, dtos.map((dto) => ({ action: 'resident.create', entity: 'resident', entityId: dto.id, after: dto })));
    // A child admitted in a period whose package is already exported needs the import's reason.
    const { n } = await sql<{ n: number }>`SELECT count(*) AS n FROM closed_periods`.execute(trx).then((r) => r.rows[0]!);
    if (Number(n) > 0) {
      for (const dto of dtos) await guardClosedResident(trx, ctx, audit, { id: dto.id, before: dto, after: dto, changed: Object.keys(dto), reason: opts.reason });
    }
  },
};
