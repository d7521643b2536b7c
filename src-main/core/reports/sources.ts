import type { IndicatorSource } from './source';
import { careIndicators } from '../care/indicators';
import { educationIndicators } from '../education/indicators';
import { dailyIndicators } from '../daily/indicators';
import { staffIndicators } from '../staff/indicators';
import { institutionIndicators } from '../institution/indicators';

// Every domain that adds indicators to the reports: one line each (see ./source.ts). Their
// sections follow the built-in ones (population, referrals, admissions, exits…) in this order.
export const REPORT_SOURCES: readonly IndicatorSource[] = [
  careIndicators,
  educationIndicators,
  dailyIndicators,
  staffIndicators,
  institutionIndicators,
];
