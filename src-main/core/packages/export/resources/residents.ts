import type { ResourceDef } from './types';
import { residentsTable } from '../../format/schemas/residents';
import { packageChildren } from '../children';

// The rows of residents for a period (the table's schema: format/schemas/residents.ts): the
// children of export/children.ts, each with the admission and the status of the stay that covered
// the period's last day (a child re-admitted since has a later admission in the register).

export const residentsResource: ResourceDef = {
  ...residentsTable,
  async rows(db, period) {
    const rows = await packageChildren(db, period);
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
      status: r.status_at_end,
      admission_date: r.admitted_at_end,
    }));
  },
  source: (row) => ({ entity: 'resident', id: String(row.id) }),
};
