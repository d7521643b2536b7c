import type { ResourceDef } from './types';
import { residentsTable } from '../../format/schemas/residents';

// The rows of residents for a period (the table's schema: format/schemas/residents.ts).

export const residentsResource: ResourceDef = {
  ...residentsTable,
  async rows(db, period) {
    const rows = await db
      .selectFrom('residents')
      .select([
        'id', 'fin', 'birth_certificate', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth',
        'place_of_birth', 'citizenship', 'legal_status', 'disability', 'disability_degree', 'status', 'admission_date',
      ])
      .where('admission_date', '<=', period.end)
      .orderBy('id')
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
