import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IncidentDto, Severity } from '@core/daily/schema';
import { INCIDENT_KIND_LABEL, PARTY_LABEL, SEVERITY_LABEL } from '@core/daily/i18n/labels';
import { formatDate, formatDateTime, fullName } from '../format';
import { useLocale } from '../i18n';
import { RecordDocumentsButton } from '../documents/RecordDocuments';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { ModalForm } from '../ui/ModalForm';
import { IncidentModal, type IncidentDraft } from './IncidentModal';
import { useCloseIncident, useNotifyIncident } from './mutations';
import { dailyQueries } from './queries';

// The incidents: open ones first (the closed on demand), each with its children, kind and
// severity in words, who must still be told (overdue), "told now" per party, and closing with
// the outcome.

const SEVERITY_COLOR: Record<Severity, string> = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' };

export function IncidentsView({ today }: { today: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const [draft, setDraft] = useState<IncidentDraft | null>(null);
  const q = useQuery(dailyQueries.incidents(all ? 'all' : 'open'));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Switch label={t('daily.incidents.showAll')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDraft({ date: today })} data-testid="incident-new">
          {t('daily.incidents.new')}
        </Button>
      </Group>
      <CallErrorAlert error={q.error} title={t('daily.incidents.loadFailed')} />
      {q.data?.length === 0 && <Text c="dimmed">{t('daily.incidents.empty')}</Text>}
      {q.data?.map((i) => <IncidentCard key={i.id} i={i} />)}
      <IncidentModal draft={draft} onClose={() => setDraft(null)} />
    </Stack>
  );
}

function IncidentCard({ i }: { i: IncidentDto }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotifyIncident();
  const close = useCloseIncident();
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState('');
  return (
    <Card withBorder padding="sm" data-testid="incident" data-kind={i.kind} data-overdue={i.overdue} data-status={i.status}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700}>
              {formatDate(i.date, locale)} {i.time}
            </Text>
            <Text fw={600}>{t(INCIDENT_KIND_LABEL[i.kind])}</Text>
            <Badge color={SEVERITY_COLOR[i.severity]} variant="light">
              {t('daily.incidents.severity')}: {t(SEVERITY_LABEL[i.severity])}
            </Badge>
            <Badge color={i.status === 'open' ? 'blue' : 'gray'} variant="outline">
              {t(i.status === 'open' ? 'daily.incidents.open' : 'daily.incidents.closed')}
            </Badge>
            {i.overdue && (
              <Badge color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />} data-testid="incident-overdue">
                {t('daily.incidents.overdue')}
              </Badge>
            )}
          </Group>
          <Text size="sm">{i.children.map((c) => fullName(c)).join(', ')}</Text>
          <Text size="sm">{i.whatHappened}</Text>
          {i.actionsTaken && (
            <Text size="sm" c="dimmed">
              {t('daily.incidents.actionsTaken')}: {i.actionsTaken}
            </Text>
          )}
          {i.outcome && (
            <Text size="sm" c="dimmed">
              {t('daily.incidents.outcome')}: {i.outcome}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <RecordDocumentsButton owner={{ ownerType: 'incident', ownerId: i.id }} what={`${t(INCIDENT_KIND_LABEL[i.kind])} ${formatDate(i.date, locale)}`} />
          {i.status === 'open' && (
            <Button variant="default" size="xs" onClick={() => setClosing(true)}>
              {t('daily.incidents.close')}
            </Button>
          )}
        </Group>
      </Group>
      {i.notifications.length > 0 && (
        <Stack gap={2} mt="xs">
          <Text size="sm" fw={600}>
            {t('daily.incidents.notifications')}
          </Text>
          {i.notifications.map((n) => (
            <Group key={n.party} gap="xs" data-testid="incident-party" data-party={n.party} data-notified={n.notifiedAt !== null}>
              <Text size="sm" c={n.required && !n.notifiedAt ? 'red' : undefined} fw={n.required && !n.notifiedAt ? 700 : undefined}>
                {t(PARTY_LABEL[n.party])}
                {n.required ? ` (${t('daily.incidents.required')})` : ''}: {n.notifiedAt ? t('daily.incidents.notified', { time: formatDateTime(n.notifiedAt, locale) }) : t('daily.incidents.notNotified')}
              </Text>
              {!n.notifiedAt && (
                <Button
                  size="compact-xs"
                  variant="light"
                  loading={notify.isPending}
                  onClick={() =>
                    notify.mutate(
                      { incidentId: i.id, party: n.party, notifiedAt: new Date().toISOString() },
                      { onSuccess: () => notifications.show({ color: 'teal', message: t('daily.incidents.saved') }) },
                    )
                  }
                >
                  {t('daily.incidents.notify')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <CallErrorAlert error={notify.error} mt="xs" />
      <ModalForm
        opened={closing}
        title={t('daily.incidents.close')}
        onClose={() => setClosing(false)}
        pending={close.isPending}
        error={close.error}
        onSubmit={(e) => {
          e?.preventDefault();
          close.mutate({ id: i.id, version: i.version, outcome }, { onSuccess: () => setClosing(false) });
        }}
      >
        <Textarea label={t('daily.incidents.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} required autosize minRows={3} data-autofocus />
      </ModalForm>
    </Card>
  );
}
