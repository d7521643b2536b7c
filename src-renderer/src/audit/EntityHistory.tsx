import { Center, Loader, Stack, Text } from '@mantine/core';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { AuditEntryView } from '@core/audit/schema';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { AuditEntryCard } from './AuditEntryCard';
import { useAuditDisplay } from './auditDisplay';

// The History tab of a record's page (a child, a staff member): its audit entries, newest first.


export function EntityHistory({
  query,
  testId,
  trainingTitles,
}: {
  /** The record's history query: `residentQueries.history(id)`, `staffQueries.history(id)`. */
  query: UseQueryOptions<AuditEntryView[]>;
  testId: string;
  trainingTitles?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const display = useAuditDisplay({ seeMedical: can('residents.medical'), trainingTitles });
  const { data: entries, error } = useQuery(query);

  if (error) return <CallErrorAlert error={error} />;
  if (!entries) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (entries.length === 0) return <Text c="dimmed">{t('audit.history.empty')}</Text>;
  return (
    <Stack gap="md" data-testid={testId}>
      {entries.map((e) => (
        <AuditEntryCard key={e.seq} entry={e} display={display} />
      ))}
    </Stack>
  );
}
