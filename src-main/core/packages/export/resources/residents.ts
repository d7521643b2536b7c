import type { ResourceDef } from './types';
import { residentsTable } from '../../format/schemas/residents';
import { inPackageCondition, stayAtEnd } from '../children';

// The rows of residents for a period (the table's schema: format/schemas/residents.ts): the
// children of export/children.ts, each with the admission and the status of the stay that covered
// the period's last day (a child re-admitted since has a later admission in the register).

export const residentsResource: ResourceDef = {
  ...residentsTable,
  async rows(db, period) {
    const stay = stayAtEnd(period.end);
    const rows = await db
      .selectFrom('residents as r')
      .select([
        'r.id', 'r.fin', 'r.birth_certificate', 'r.last_name', 'r.first_name', 'r.patronymic', 'r.sex', 'r.date_of_birth',
        'r.place_of_birth', 'r.citizenship', 'r.legal_status', 'r.disability', 'r.disability_degree',
        stay.status.as('status'), stay.admittedOn.as('admission_date'),
      ])
      .where(inPackageCondition(period.end, 'r'))
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      fin: r.fin,
      birth_certificate: r.birth_certificate,
      last_name: r.last_name,
      first_name: r.first_name,
      patronymic: r.patronymic,
      sex: r.sex,
      date_of_birth: r.date_of_birth,
      place_of_birth: r.place_of_birth,
      citizenship: r.citizenship,
      legal_status: r.legal_status,
      disability: r.disability === 1,
      disability_degree: r.disability === 1 ? r.disability_degree : null,
      status: r.status,
      admission_date: r.admission_date,
    }));
  },
  source: (row) => ({ entity: 'resident', id: String(row.id) }),
};
