import { Badge, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAccessible, IconAlertTriangle, IconDoorExit, IconHome, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResidentStatus } from '@core/residents/schema';
import { RESIDENT_STATUS_LABEL } from '@core/residents/i18n/labels';

// Status, FIN and disability marks: each one says it in words (or has words for screen
// readers), so that colour is never the only signal.

const STATUS_LOOK: Record<ResidentStatus, { color: string; icon: typeof IconHome }> = {
  resident: { color: 'teal', icon: IconHome },
  day_attendee: { color: 'blue', icon: IconSun },
  discharged: { color: 'gray', icon: IconDoorExit },
};

export function StatusBadge({ status, size = 'sm' }: { status: ResidentStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const look = STATUS_LOOK[status];
  const Icon = look.icon;
  return (
    <Badge color={look.color} variant="light" tt="none" size={size} leftSection={<Icon size={14} aria-hidden />} data-status={status}>
      {t(RESIDENT_STATUS_LABEL[status])}
    </Badge>
  );
}

/** "FIN missing"; `short` ("missing") where the column header already says FIN. */
export function FinMissingBadge({ size = 'sm', short = false }: { size?: 'sm' | 'md' | 'lg'; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange"
      variant="outline"
      tt="none"
      size={size}
      leftSection={<IconAlertTriangle size={14} aria-hidden />}
      data-testid="fin-missing"
    >
      {short ? t('residents.finMissingShort') : t('residents.finMissing')}
    </Badge>
  );
}

export function FinValue({ fin, short }: { fin: string | null; short?: boolean }) {
  if (!fin) return <FinMissingBadge short={short} />;
  return (
    <Text ff="monospace" fz="sm" component="span" style={{ fontVariantNumeric: 'slashed-zero' }}>
      {fin}
    </Text>
  );
}

export function DisabilityMark() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('residents.hasDisability')}>
      <span style={{ display: 'inline-flex', color: 'var(--mantine-color-violet-7)' }}>
        <IconAccessible size={18} aria-hidden />
        <VisuallyHidden>{t('residents.hasDisability')}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
