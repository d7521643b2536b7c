import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLE_LABEL } from '@core/auth/i18n/labels';
import { CHILD_HISTORY_LIMIT } from '@core/audit/schema';
import { keyFor } from '@core/i18n/keys';
import { EntityHistory } from '../audit/EntityHistory';
import { formatDateTime } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { residentQueries } from './queries';

// The child's audit trail: who changed what and when, field by field, before → after (rendered by
// the same component as the audit screen and the staff page's history) — with what care, daily care
// and documents recorded for the child — then who opened the record.

export function ResidentHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const shown = useQuery(residentQueries.history(id)).data?.length ?? 0;
  return (
    <Stack gap="xl">
      {shown >= CHILD_HISTORY_LIMIT && (
        <Text fz="sm" c="dimmed" data-testid="resident-history-newest">
          {t('audit.history.newest', { count: CHILD_HISTORY_LIMIT })}
        </Text>
      )}
      <EntityHistory query={residentQueries.history(id)} testId="resident-history" />
      <RecordReads id={id} />
    </Stack>
  );
}

function RecordReads({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error } = useQuery(residentQueries.reads(id));
  return (
    <Stack gap="xs" data-testid="resident-reads">
      <Title order={4}>{t('residents.page.reads.title')}</Title>
      <Text fz="sm" c="dimmed">
        {t('residents.page.reads.explain')}
      </Text>
      <CallErrorAlert error={error} title={t('residents.page.reads.loadFailed')} />
      {data && data.length === 0 && <Text c="dimmed">{t('residents.page.reads.empty')}</Text>}
      {data && data.length > 0 && (
        <Table striped maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('residents.page.reads.when')}</Table.Th>
              <Table.Th>{t('residents.page.reads.who')}</Table.Th>
              <Table.Th>{t('residents.page.reads.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((r) => {
              const role = keyFor(ROLE_LABEL, r.role);
              return (
                <Table.Tr key={`${r.at}-${r.username}`}>
                  <Table.Td>{formatDateTime(r.at, locale)}</Table.Td>
                  <Table.Td>{r.username}</Table.Td>
                  <Table.Td>{role ? t(role) : r.role}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
