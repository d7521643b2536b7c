import { z } from 'zod';
import {
  ADMISSION_TYPES, DECIDING_BODIES, DESTINATIONS, EXIT_REASONS, OUTCOMES,
  type AdmissionType, type DecidingBody, type Destination, type ExitReason, type Outcome,
} from '../care/schema';
import type { Sex } from '../person/schema';
import { parseReportPeriod, type ReportPeriod } from './period';
import type { SectionDto } from './source';

// The indicators' inputs and DTOs (see docs/DESIGN.md, "Indicators"). Isomorphic.

/** Age bands of the population return, by age on the period's last day (18+: still in care after 18). */
export const AGE_BANDS = ['0-2', '3-5', '6-10', '11-14', '15-17', '18+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const FLOW_COLUMNS = ['opening', 'admissions', 'exits', 'closing'] as const;
export type FlowColumn = (typeof FLOW_COLUMNS)[number];
export const SCOPES = ['total', 'residents', 'dayCare'] as const;
export type Scope = (typeof SCOPES)[number];
export const PREVENTED_OUTCOMES = ['diverted_family_support', 'diverted_community', 'not_admitted'] as const;
export type PreventedOutcome = (typeof PREVENTED_OUTCOMES)[number];
/** The indicators computed by compute.ts; the domains' sections (./sources.ts) add their own ids. */
export const INDICATORS = ['population', 'referrals', 'prevented', 'admissions', 'exits', 'lengthOfStay', 'disability'] as const;
export type BuiltInIndicator = (typeof INDICATORS)[number];
/** A built-in indicator or a domain section's id. */
export type Indicator = BuiltInIndicator | (string & {});

export function ageBand(age: number): AgeBand {
  return age <= 2 ? '0-2' : age <= 5 ? '3-5' : age <= 10 ? '6-10' : age <= 14 ? '11-14' : age <= 17 ? '15-17' : '18+';
}

export const PeriodInput = z
  .string({ error: 'validation.required' })
  .trim()
  .refine((s) => parseReportPeriod(s) !== null, { error: 'reports.errors.period' });

export const IndicatorsInput = z.strictObject({ period: PeriodInput });
export const ChildrenInput = z.strictObject({
  period: PeriodInput,
  indicator: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, { error: 'validation.choose' }),
  /** The cell within the indicator, as the indicators name it: `total.opening`, `destination.kinship`… */
  cell: z.string().trim().min(1, { error: 'validation.required' }).max(80, { error: 'validation.tooLong' }),
});

export interface Flow { opening: number; admissions: number; exits: number; closing: number }
export interface PopulationBlock extends Flow {
  bySex: Record<Sex, Flow>;
  byAge: Record<AgeBand, Flow>;
  byDisability: { yes: Flow; no: Flow };
}
export interface Population extends PopulationBlock {
  residents: PopulationBlock;
  dayCare: PopulationBlock;
}
export interface Spread { n: number; medianDays: number | null; meanDays: number | null }

export interface IndicatorsDto {
  period: ReportPeriod;
  population: Population;
  referrals: { received: number; byOutcome: Record<Outcome | 'pending', number> };
  prevented: { total: number; byOutcome: Record<PreventedOutcome, number> };
  admissions: {
    total: number;
    byType: Record<AdmissionType, number>;
    byBasis: Record<DecidingBody, number>;
    emergency: number;
    emergencyAssessedInTime: number;
    /** emergencyAssessedInTime / emergency; null when there was none. */
    emergencyAssessedShare: number | null;
    assessedOnEntry: number;
    assessedOnEntryShare: number | null;
    /** Days an emergency admission may wait for its assessment (settings `care.assessmentDays`). */
    assessmentDays: number;
  };
  exits: {
    total: number;
    byDestination: Record<Destination, number>;
    toFamily: number;
    toFamilyShare: number | null;
    byReason: Record<ExitReason, number>;
    deaths: number;
  };
  lengthOfStay: { inCare: Spread; exits: Spread };
  disability: { inCare: number; residents: number; dayCare: number };
  /** The domains' sections (core/reports/sources.ts), in their order. */
  sections: SectionDto[];
}

/** One child behind a number: a child of the register, or a referred child never admitted. */
export interface ReportChildRow {
  residentId: string | null;
  referralId: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex;
  dateOfBirth: string | null;
  /** The day the child is counted on (admission, exit, referral, or the period's day). */
  date: string;
}

export { ADMISSION_TYPES, DECIDING_BODIES, DESTINATIONS, EXIT_REASONS, OUTCOMES };
