import type { StaffTable } from '../db/types';
import { appendAuditMany } from '../audit/audit';
import { uuidv7 } from '../ids';
import { STAFF_FIELD_LABEL } from '../staff/i18n/labels';
import { EDUCATION_WORDS, EMPLOYMENT_WORDS, POSITION_WORDS } from '../staff/i18n/words';
import { SEX_WORDS } from '../residents/i18n/words';
import { staffDateIssues, StaffCreateInput, type StaffFields } from '../staff/schema';
import { auditView, staffColumns } from '../staff/service';
import { codeField, DATE, field, insertInBatches, personChecker, TEXT, type FieldSpec, type KindSpec, type PersonKey } from './kind';
import { matchKey } from './words';

// The staff register, imported: each row through the staff form's schema and date rules; someone
// already on the staff (same FIN, or the same name — folded — and date of birth or, without one,
// hiring date) refused; the rows written in batches, each with its staff.create audit entry.

const text = TEXT;
const date = DATE;
const code = codeField;

const f = (name: keyof typeof STAFF_FIELD_LABEL, spec: FieldSpec['spec'], headers: string[], required = false) => field(name, STAFF_FIELD_LABEL[name], spec, headers, required);

export const STAFF_IMPORT_FIELDS: FieldSpec[] = [
  f('fin', text, ['fin', 'fin kod', 'fin kodu', 'personal id', 'pin', 'фин', 'пин']),
  f('lastName', text, ['soyad', 'soyadı', 'last name', 'surname', 'фамилия'], true),
  f('firstName', text, ['ad', 'adı', 'first name', 'name', 'имя'], true),
  f('patronymic', text, ['ata adı', 'atasının adı', 'patronymic', 'отчество']),
  f('sex', code(SEX_WORDS), ['cins', 'cinsi', 'sex', 'gender', 'пол'], true),
  f('dateOfBirth', date, ['doğum tarixi', 'təvəllüd', 'date of birth', 'birth date', 'дата рождения']),
  f('position', code(POSITION_WORDS), ['vəzifə', 'vəzifəsi', 'position', 'job title', 'role', 'должность'], true),
  f('department', text, ['şöbə', 'bölmə', 'department', 'отдел', 'подразделение']),
  f('employmentType', code(EMPLOYMENT_WORDS), ['məşğulluq', 'iş növü', 'ştat', 'employment', 'employment type', 'вид занятости', 'ставка']),
  f('hiredDate', date, ['işə qəbul tarixi', 'qəbul tarixi', 'işə başlama', 'hired', 'hire date', 'date hired', 'дата приема на работу', 'дата приема'], true),
  f('leftDate', date, ['işdən çıxma tarixi', 'çıxma tarixi', 'left', 'date left', 'дата увольнения']),
  f('education', code(EDUCATION_WORDS), ['təhsil', 'təhsili', 'education', 'образование']),
  f('qualification', text, ['ixtisas', 'ixtisası', 'qualification', 'специальность', 'квалификация']),
  f('phone', text, ['telefon', 'telefon nömrəsi', 'phone', 'mobile', 'телефон']),
  f('email', text, ['e-poçt', 'email', 'e-mail', 'электронная почта', 'почта']),
  f('notes', text, ['qeyd', 'qeydlər', 'notes', 'примечание']),
];

function keys(v: { fin: string | null; lastName: string; firstName: string; patronymic: string; dateOfBirth: string | null; hiredDate: string }): PersonKey[] {
  const out: PersonKey[] = [];
  if (v.fin) out.push({ field: 'fin', key: `fin:${v.fin}` });
  const when = v.dateOfBirth ? `dob:${v.dateOfBirth}` : `hired:${v.hiredDate}`;
  out.push({ field: 'lastName', key: `name:${matchKey(`${v.lastName} ${v.firstName} ${v.patronymic}`)}|${when}` });
  return out;
}

export const staffImport: KindSpec<StaffFields> = {
  kind: 'staff',
  permission: 'staff.write',
  fields: STAFF_IMPORT_FIELDS,
  schema: StaffCreateInput,
  rules: (v, today) => staffDateIssues(v, today),
  async checker(db) {
    const rows = await db.selectFrom('staff').select(['fin', 'last_name', 'first_name', 'patronymic', 'date_of_birth', 'hired_date']).execute();
    const existing = new Set(
      rows.flatMap((r) => keys({ fin: r.fin, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, dateOfBirth: r.date_of_birth, hiredDate: r.hired_date }).map((k) => k.key)),
    );
    return personChecker<StaffFields>(existing, keys);
  },
  async write(trx, ctx, _audit, values) {
    const at = ctx.now().toISOString();
    const rows: StaffTable[] = values.map((v) => ({ id: uuidv7(ctx.now().getTime()), version: 1, created_at: at, updated_at: at, ...staffColumns(v) }));
    await insertInBatches(trx, 'staff', rows);
    await appendAuditMany(trx, ctx, rows.map((r) => ({ action: 'staff.create', entity: 'staff', entityId: r.id, after: auditView(r) })));
  },
};
