import type { ReadDb } from '../db/read';
import { finField, optionalIsoDate, optionalText } from '../person/schema';
import type { MessageKey } from '../i18n/keys';
import type { FieldSpec, Finding } from './kind';
import { matchKey } from './words';

// Registers about children who are already in the register (admissions and exits, relatives) name
// the child in each row: by FIN, or by surname, name and date of birth (folded, as for duplicates).

export const CHILD_LABEL = {
  childFin: 'imports.child.fin',
  childLastName: 'imports.child.lastName',
  childFirstName: 'imports.child.firstName',
  childPatronymic: 'imports.child.patronymic',
  childDateOfBirth: 'imports.child.dateOfBirth',
} as const satisfies Record<string, MessageKey>;

export const childSchemaFields = {
  childFin: finField,
  childLastName: optionalText(80),
  childFirstName: optionalText(80),
  childPatronymic: optionalText(80),
  childDateOfBirth: optionalIsoDate,
};

export interface ChildRef {
  childFin: string | null;
  childLastName: string;
  childFirstName: string;
  childPatronymic: string;
  childDateOfBirth: string | null;
}

/** The child's columns, first in the mapping; headers that say "child" win over a relative's own. */
export const CHILD_IMPORT_FIELDS: FieldSpec[] = [
  { field: 'childFin', required: false, label: CHILD_LABEL.childFin, spec: { type: 'text' }, headers: ['uşağın fin', 'uşağın fin kodu', 'fin', 'child fin', 'fin of the child', 'фин ребенка', 'фин'] },
  { field: 'childLastName', required: false, label: CHILD_LABEL.childLastName, spec: { type: 'text' }, headers: ['uşağın soyadı', 'soyadı', 'soyad', "child's last name", 'child last name', 'last name', 'фамилия ребенка', 'фамилия'] },
  { field: 'childFirstName', required: false, label: CHILD_LABEL.childFirstName, spec: { type: 'text' }, headers: ['uşağın adı', 'adı', 'ad', "child's first name", 'child first name', 'first name', 'имя ребенка', 'имя'] },
  { field: 'childPatronymic', required: false, label: CHILD_LABEL.childPatronymic, spec: { type: 'text' }, headers: ['uşağın ata adı', 'ata adı', "child's patronymic", 'patronymic', 'отчество ребенка', 'отчество'] },
  { field: 'childDateOfBirth', required: false, label: CHILD_LABEL.childDateOfBirth, spec: { type: 'date' }, headers: ['uşağın doğum tarixi', 'doğum tarixi', "child's date of birth", 'date of birth', 'дата рождения ребенка', 'дата рождения'] },
];

const nameKey = (last: string, first: string, dob: string) => `${matchKey(`${last} ${first}`)}|${dob}`;

/** Finds the child a row names: its id, or the finding that says why not. */
export async function childFinder(db: ReadDb): Promise<(v: ChildRef) => { id: string } | { finding: Finding }> {
  const rows = await db.selectFrom('residents').select(['id', 'fin', 'last_name', 'first_name', 'date_of_birth']).execute();
  const byFin = new Map<string, string>();
  const byName = new Map<string, string | null>();
  for (const r of rows) {
    if (r.fin) byFin.set(r.fin, r.id);
    const k = nameKey(r.last_name, r.first_name, r.date_of_birth);
    byName.set(k, byName.has(k) ? null : r.id); // two children of one name and birthday: ambiguous
  }
  return (v) => {
    if (v.childFin) {
      const id = byFin.get(v.childFin);
      return id ? { id } : { finding: { field: 'childFin', code: 'not_found', message: 'imports.issues.childNotFound' } };
    }
    if (!v.childLastName || !v.childFirstName || !v.childDateOfBirth) {
      return { finding: { field: 'childFin', code: 'required', message: 'imports.issues.childNotNamed' } };
    }
    const id = byName.get(nameKey(v.childLastName, v.childFirstName, v.childDateOfBirth));
    return id ? { id } : { finding: { field: 'childLastName', code: 'not_found', message: 'imports.issues.childNotFound' } };
  };
}
