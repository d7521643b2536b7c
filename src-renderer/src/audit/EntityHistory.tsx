import { useEffect, useState } from 'react';
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { useDynamicT } from '../i18n';
import { AuditEntryCard } from './AuditEntryCard';
import { useAuditDisplay, type Entry } from './auditDisplay';

// The History tab of a record's page (a child, a staff member): its audit entries, newest first.

export function EntityHistory({
  call,
  id,
  testId,
  trainingTitles,
}: {
  call: 'residents.history' | 'staff.history';
  id: string;
  testId: string;
  trainingTitles?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { can } = useAppInfo();
  const display = useAuditDisplay({ seeMedical: can('residents.medical'), trainingTitles });
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  useEffect(() => {
    void api()
      .call(call, { id })
      .then((r) => (r.ok ? setEntries(r.value) : setError(r.error)));
  }, [call, id]);

  if (error) {
    return (
      <Alert color="red" role="alert">
        {tk(error.message, error.params)}
      </Alert>
    );
  }
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
