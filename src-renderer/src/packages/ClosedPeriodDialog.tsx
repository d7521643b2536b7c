import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import { useLocale } from '../i18n';

// "This record is in a closed period": a save answered `packages.errors.periodClosed` (its params
// name the day, the period and the package that closed it). Says exactly why, asks the reason, and
// hands it back to be sent with the same change.

/** The params of `packages.errors.periodClosed`. */
export interface ClosedPeriodInfo {
  date: string;
  period: string;
  sequence: number;
}

export const PERIOD_CLOSED = 'packages.errors.periodClosed';

/** The closed period named by an error, or null when the error is another one. */
export function closedPeriodOf(e: { message: string; params?: Record<string, unknown> }): ClosedPeriodInfo | null {
  if (e.message !== PERIOD_CLOSED || !e.params) return null;
  const { date, period, sequence } = e.params;
  return typeof date === 'string' && typeof period === 'string' && typeof sequence === 'number' ? { date, period, sequence } : null;
}

const MAX_REASON = 2000;

export function ClosedPeriodDialog(props: {
  closed: ClosedPeriodInfo | null;
  saving: boolean;
  onCancel(): void;
  onConfirm(reason: string): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [reason, setReason] = useState('');
  const c = props.closed;
  useEffect(() => {
    if (c) setReason('');
  }, [c]);
  const trimmed = reason.trim();

  return (
    <Modal
      opened={c !== null}
      onClose={props.onCancel}
      title={t('packages.delivery.closed.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="closed-period-dialog"
    >
      {c && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (trimmed) props.onConfirm(trimmed);
          }}
        >
          <Stack>
            <Alert color="orange" icon={<IconLock aria-hidden />} data-testid="closed-period-explain">
              <Text fz="sm">{t('packages.delivery.closed.explain', { date: formatDate(c.date, locale), period: c.period, sequence: c.sequence })}</Text>
            </Alert>
            <Text fz="sm">{t('packages.delivery.closed.consequence', { period: c.period })}</Text>
            <Textarea
              label={t('packages.delivery.closed.reason')}
              description={t('packages.delivery.closed.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value.slice(0, MAX_REASON))}
              autosize
              minRows={3}
              required
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={props.onCancel}>
                {t('packages.delivery.closed.cancel')}
              </Button>
              <Button type="submit" color="orange" disabled={!trimmed} loading={props.saving}>
                {t('packages.delivery.closed.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
