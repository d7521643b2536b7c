import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, SupportDto } from '@core/education/schema';
import { FREQUENCY_UNIT_LABEL, PLAN_STATUS_LABEL, SERVICE_LABEL, SUPPORT_KIND_LABEL } from '@core/education/i18n/labels';
import type { Locale } from '@core/i18n';
import { useDynamicT } from '../i18n';

// How the education screens and the print show a status, a support and its frequency.

const STATUS_COLOR: Record<PlanStatus, string> = { draft: 'gray', active: 'teal', closed: 'dark' };

/** The plan's status in words (colour is never the only signal). */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'active' ? 'filled' : 'light'} data-testid="plan-status">
      {t(PLAN_STATUS_LABEL[status])}
    </Badge>
  );
}

type Tk = (key: string, params?: Record<string, string | number>) => string;

export function supportWhat(s: SupportDto, tk: Tk): string {
  const kind = s.kind === 'service' && s.service ? tk(SERVICE_LABEL[s.service]) : tk(SUPPORT_KIND_LABEL[s.kind]);
  return s.description ? `${kind}: ${s.description}` : kind;
}

export function supportFrequency(s: SupportDto, tk: Tk): string {
  if (s.frequencyCount === null || s.frequencyUnit === null) return '';
  return tk('education.frequency', { count: s.frequencyCount, unit: tk(FREQUENCY_UNIT_LABEL[s.frequencyUnit]) });
}

export function useSupportText() {
  const tk = useDynamicT();
  return { what: (s: SupportDto) => supportWhat(s, tk), frequency: (s: SupportDto) => supportFrequency(s, tk) };
}

export type { Locale };
