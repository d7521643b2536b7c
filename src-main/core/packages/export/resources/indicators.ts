import type { ResourceDef, ResourceRow } from './types';
import { indicatorsTable } from '../../format/schemas/indicators';
import { V1_SEX, V1_LEGAL_STATUS, V1_ADMISSION_BASIS } from '../../format/schemas/enums';

// The rows of indicators for a period (the table's schema: format/schemas/indicators.ts).

export const indicatorsResource: ResourceDef = {
  ...indicatorsTable,
  async rows(db, period) {
    const kids = await db
      .selectFrom('residents')
      .select(['sex', 'legal_status', 'disability', 'status', 'admission_date', 'admission_basis'])
      .where('admission_date', '<=', period.end)
      .execute();
    const residents = kids.filter((k) => k.status === 'resident');
    const present = kids.filter((k) => k.status !== 'discharged');
    const admitted = kids.filter((k) => k.admission_date >= period.start);
    const rows: ResourceRow[] = [];
    const add = (indicator: string, breakdown: string, value: number) => rows.push({ indicator, breakdown, value });
    add('residents_end', 'total', residents.length);
    for (const s of V1_SEX) add('residents_end', `sex:${s}`, residents.filter((k) => k.sex === s).length);
    for (const s of V1_LEGAL_STATUS) {
      add('residents_end', `legal_status:${s}`, residents.filter((k) => k.legal_status === s).length);
    }
    add('day_attendees_end', 'total', kids.filter((k) => k.status === 'day_attendee').length);
    add('with_disability_end', 'total', present.filter((k) => k.disability === 1).length);
    add('admissions', 'total', admitted.length);
    for (const b of V1_ADMISSION_BASIS) add('admissions', `basis:${b}`, admitted.filter((k) => k.admission_basis === b).length);
    return rows.sort((a, b) => cmp(String(a.indicator), String(b.indicator)) || cmp(String(a.breakdown), String(b.breakdown)));
  },
  source: () => null,
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
