import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconHeartbeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ALLERGY_KIND_LABEL, ALLERGY_SEVERITY_LABEL } from '@core/daily/i18n/labels';
import type { ChildTabDef } from '../app/childTabs';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { AllergyButton, SEVERITY_COLOR } from './MedicationExtras';
import { dailyQueries } from './queries';

// The child's Health tab (medical roles and the director): the allergies, added here too.
function HealthTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useQuery(dailyQueries.allergies(residentId));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={4}>{t('daily.allergies.title')}</Title>
        <AllergyButton residentId={residentId} />
      </Group>
      <CallErrorAlert error={q.error} />
      {q.data?.length === 0 && <Text c="dimmed">{t('daily.allergies.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <Table withTableBorder data-testid="child-allergies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('daily.allergies.allergen')}</Table.Th>
              <Table.Th>{t('daily.allergies.kind')}</Table.Th>
              <Table.Th>{t('daily.allergies.severity')}</Table.Th>
              <Table.Th>{t('daily.allergies.reaction')}</Table.Th>
              <Table.Th>{t('daily.allergies.notedDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td fw={600}>{a.allergen}</Table.Td>
                <Table.Td>{t(ALLERGY_KIND_LABEL[a.kind])}</Table.Td>
                <Table.Td>
                  <Badge color={SEVERITY_COLOR[a.severity]} variant="light">
                    {t(ALLERGY_SEVERITY_LABEL[a.severity])}
                  </Badge>
                </Table.Td>
                <Table.Td>{a.reaction}</Table.Td>
                <Table.Td>{formatDate(a.notedDate, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export const healthTab: ChildTabDef = {
  id: 'health',
  label: 'daily.allergies.tab',
  icon: IconHeartbeat,
  permission: 'daily.medical',
  render: (r) => <HealthTab residentId={r.id} />,
};
