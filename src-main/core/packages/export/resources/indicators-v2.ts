import type { ResourceDef } from './types';
import { indicatorsV2Table } from '../../format/schemas/indicators-v2';
import { parseReportPeriod } from '../../../reports/period';
import { computeOn } from '../../../reports/run';
import { outsideRows } from '../../../reports/outside';

// Schema version 2's indicators.csv: the report of the period computed by the same code as the
// Reports screen and `qaygi report` (core/reports/run.ts), in the same snapshot as the other
// tables, with the small-number rule for what leaves the institution.

export const indicatorsV2Resource: ResourceDef = {
  ...indicatorsV2Table,
  async rows(db, period) {
    const { dto } = await computeOn(db, parseReportPeriod(period.label)!);
    return outsideRows(dto).map((r) => ({
      section: r.section, cell: r.cell, format: r.format, value: r.value === null ? null : String(r.value), suppressed: r.suppressed, core: r.core,
    }));
  },
  source: () => null,
};
