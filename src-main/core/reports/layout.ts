import type { MessageKey } from '../i18n/keys';
import {
  ADMISSION_TYPE_LABEL, DECIDING_BODY_LABEL, DESTINATION_LABEL, EXIT_REASON_LABEL, OUTCOME_LABEL,
} from '../care/i18n/labels';
import {
  ADMISSION_TYPES, AGE_BANDS, DECIDING_BODIES, DESTINATIONS, EXIT_REASONS, FLOW_COLUMNS, OUTCOMES, PREVENTED_OUTCOMES,
  INDICATORS, type BuiltInIndicator, type FlowColumn, type Indicator, type IndicatorsDto,
} from './schema';
import type { RowFormat, SectionChart } from './source';

// How the indicators are laid out for people: the sections, their rows, labels and formats, in
// one place for the screen and the CLI's table (the same rows, the same order). Isomorphic.

export interface FlowRow { label: MessageKey; params?: Record<string, string>; prefix: string }
export interface FlowGroup { title: MessageKey; scope: '' | 'residents' | 'dayCare'; rows: FlowRow[] }
export interface ValueRow {
  label: MessageKey;
  params?: Record<string, string | number>;
  indicator: Indicator;
  /** The number's path within the indicator (`byDestination.kinship`): also the drill-down's cell. */
  cell: string;
  /** See SectionRow (source.ts): only a `count` opens the children behind it. */
  format: RowFormat;
  /** A UNICEF/BCN formal-care core indicator (Manual for the Measurement of Indicators for Children in Formal Care, 2009). */
  core?: boolean;
  /** A sub-heading shown above this row (the first of a breakdown). */
  heading?: MessageKey;
  /** For a share or a length: the count (same indicator) it is computed over; suppressed with it outside. */
  base?: string;
  /** Not about children (staff, places): never suppressed by the small-number rule. */
  public?: boolean;
}
export interface ValueSection { id: string; title: MessageKey; rows: ValueRow[]; chart?: SectionChart }

const FLOW_ROWS: FlowRow[] = [
  { label: 'reports.sections.total', prefix: '' },
  { label: 'reports.rows.M', prefix: 'bySex.M' },
  { label: 'reports.rows.F', prefix: 'bySex.F' },
  ...AGE_BANDS.map((b) => ({ label: 'reports.rows.age' as MessageKey, params: { band: b }, prefix: `byAge.${b}` })),
  { label: 'reports.rows.yes', prefix: 'byDisability.yes' },
  { label: 'reports.rows.no', prefix: 'byDisability.no' },
];

/** The population return (core: children entering care, children in care): total, residents, day attendees. */
export const POPULATION: FlowGroup[] = [
  { title: 'reports.sections.total', scope: '', rows: FLOW_ROWS },
  { title: 'reports.sections.residents', scope: 'residents', rows: FLOW_ROWS },
  { title: 'reports.sections.dayCare', scope: 'dayCare', rows: FLOW_ROWS },
];
export const FLOW_LABEL: Record<FlowColumn, MessageKey> = {
  opening: 'reports.columns.opening', admissions: 'reports.columns.admissions', exits: 'reports.columns.exits', closing: 'reports.columns.closing',
};
export { FLOW_COLUMNS };

/** The drill-down cell of one figure of the population return. */
export const flowCell = (g: FlowGroup, r: FlowRow, col: FlowColumn) => [g.scope, r.prefix, col].filter(Boolean).join('.');

const count = (indicator: Indicator, cell: string, label: MessageKey, extra: Partial<ValueRow> = {}): ValueRow => ({ indicator, cell, label, format: 'count', ...extra });

/** Every section after the population return: the built-in ones, then the domains' (dto.sections), in order. */
export function valueSections(dto: Pick<IndicatorsDto, 'admissions' | 'sections'>): ValueSection[] {
  return [
    ...builtInSections(dto),
    ...dto.sections.map((s) => ({ id: s.id, title: s.title, rows: s.rows.map((r) => ({ ...r, indicator: s.id })), ...(s.chart ? { chart: s.chart } : {}) })),
  ];
}

function builtInSections(dto: Pick<IndicatorsDto, 'admissions'>): ValueSection[] {
  return [
    {
      id: 'referrals',
      title: 'reports.sections.referrals',
      rows: [
        count('referrals', 'received', 'reports.rows.received'),
        ...[...OUTCOMES, 'pending' as const].map((o) => count('referrals', `byOutcome.${o}`, o === 'pending' ? 'reports.rows.pending' : OUTCOME_LABEL[o])),
      ],
    },
    {
      id: 'prevented',
      title: 'reports.sections.prevented',
      rows: [count('prevented', 'total', 'reports.rows.preventedTotal'), ...PREVENTED_OUTCOMES.map((o) => count('prevented', `byOutcome.${o}`, OUTCOME_LABEL[o]))],
    },
    {
      id: 'admissions',
      title: 'reports.sections.admissions',
      rows: [
        count('admissions', 'total', 'reports.rows.admissionsTotal', { core: true }),
        ...ADMISSION_TYPES.map((t, i) => count('admissions', `byType.${t}`, ADMISSION_TYPE_LABEL[t], i === 0 ? { heading: 'reports.sections.byType' } : {})),
        ...DECIDING_BODIES.map((b, i) => count('admissions', `byBasis.${b}`, DECIDING_BODY_LABEL[b], i === 0 ? { heading: 'reports.sections.byBasis' } : {})),
        count('admissions', 'emergency', 'reports.rows.emergency'),
        count('admissions', 'emergencyAssessedInTime', 'reports.rows.emergencyAssessedInTime', { params: { days: dto.admissions.assessmentDays } }),
        { indicator: 'admissions', cell: 'emergencyAssessedShare', label: 'reports.rows.emergencyAssessedInTime', params: { days: dto.admissions.assessmentDays }, format: 'share', base: 'emergency' },
        count('admissions', 'assessedOnEntry', 'reports.rows.assessedOnEntry', { core: true }),
        { indicator: 'admissions', cell: 'assessedOnEntryShare', label: 'reports.rows.assessedOnEntry', format: 'share', core: true, base: 'total' },
      ],
    },
    {
      id: 'exits',
      title: 'reports.sections.exits',
      chart: { kind: 'bar', cells: DESTINATIONS.map((d) => `byDestination.${d}`) },
      rows: [
        count('exits', 'total', 'reports.rows.exitsTotal'),
        ...DESTINATIONS.map((d) => count('exits', `byDestination.${d}`, DESTINATION_LABEL[d], { ...(d === 'domestic_adoption' || d === 'international_adoption' ? { core: true } : {}), ...(d === 'biological_family' ? { heading: 'reports.sections.byDestination' as MessageKey } : {}) })),
        count('exits', 'toFamily', 'reports.rows.toFamily', { core: true }),
        { indicator: 'exits', cell: 'toFamilyShare', label: 'reports.rows.toFamily', format: 'share', core: true, base: 'total' },
        ...EXIT_REASONS.map((r, i) => count('exits', `byReason.${r}`, EXIT_REASON_LABEL[r], i === 0 ? { heading: 'reports.sections.byReason' } : {})),
        count('exits', 'deaths', 'reports.rows.deaths', { core: true }),
      ],
    },
    {
      id: 'lengthOfStay',
      title: 'reports.sections.lengthOfStay',
      rows: [
        count('lengthOfStay', 'inCare.n', 'reports.rows.losInCare'),
        { indicator: 'lengthOfStay', cell: 'inCare.medianDays', label: 'reports.rows.median', format: 'days', base: 'inCare.n' },
        { indicator: 'lengthOfStay', cell: 'inCare.meanDays', label: 'reports.rows.mean', format: 'days', base: 'inCare.n' },
        count('lengthOfStay', 'exits.n', 'reports.rows.losExits'),
        { indicator: 'lengthOfStay', cell: 'exits.medianDays', label: 'reports.rows.median', format: 'days', base: 'exits.n' },
        { indicator: 'lengthOfStay', cell: 'exits.meanDays', label: 'reports.rows.mean', format: 'days', base: 'exits.n' },
      ],
    },
    {
      id: 'disability',
      title: 'reports.sections.disability',
      rows: [
        count('disability', 'inCare', 'reports.rows.disabilityInCare'),
        count('disability', 'residents', 'reports.rows.disabilityResidents'),
        count('disability', 'dayCare', 'reports.rows.disabilityDayCare'),
      ],
    },
  ];
}

/** The number at an indicator's path (null for a share or a length with nothing to measure). */
export function valueAt(dto: IndicatorsDto, indicator: Indicator, cell: string): number | null {
  const section = dto.sections.find((s) => s.id === indicator);
  if (section) return section.values[cell] ?? null;
  if (!(INDICATORS as readonly string[]).includes(indicator)) return null;
  let node: unknown = dto[indicator as BuiltInIndicator];
  for (const k of cell.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
  return typeof node === 'number' ? node : null;
}

/** A figure as text: a count as it is, a share as a percentage, days and ratios to one decimal. */
export function formatValue(v: number | null, format: ValueRow['format']): string {
  if (v === null) return '—';
  if (format === 'share') return `${Math.round(v * 1000) / 10}%`;
  return String(Math.round(v * 10) / 10);
}
