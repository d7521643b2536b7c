import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconHeartbeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionDto } from '@core/daily/schema';
import { ALLERGY_KIND_LABEL, ALLERGY_SEVERITY_LABEL, PRESCRIPTION_STATUS_LABEL, ROUTE_LABEL } from '@core/daily/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import type { ChildTabDef } from '../app/childTabs';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { AllergyButton, SEVERITY_COLOR } from './MedicationExtras';
import { StopPrescriptionModal, VoidMedicalModal, type VoidTarget } from './MedicalFixes';
import { dailyQueries } from './queries';

// The child's Health tab (medical roles and the director): the allergies (added here too), the
// prescriptions and the first aid given — each row correctable: "Void…" a mistaken entry, "Stop…"
// a medicine the doctor stopped.

type Status = keyof typeof PRESCRIPTION_STATUS_LABEL;
const STATUS_COLOR: Record<Status, string> = { active: 'teal', ended: 'gray', upcoming: 'blue' };

function statusOn(p: PrescriptionDto, today: string): Status {
  if (p.startDate > today) return 'upcoming';
  return p.endDate !== null && p.endDate < today ? 'ended' : 'active';
}

function HealthTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = useAppInfo().info.today;
  const allergies = useQuery(dailyQueries.allergies(residentId));
  const prescriptions = useQuery(dailyQueries.prescriptions(residentId));
  const firstAid = useQuery(dailyQueries.firstAid(residentId));
  const [voiding, setVoiding] = useState<VoidTarget | null>(null);
  const [stopping, setStopping] = useState<PrescriptionDto | null>(null);
  const voidButton = (target: VoidTarget) => (
    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setVoiding(target)} data-testid={`${target.kind}-void`}>
      {t('daily.fix.void')}
    </Button>
  );
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('daily.allergies.title')}</Title>
          <AllergyButton residentId={residentId} />
        </Group>
        <CallErrorAlert error={allergies.error} />
        {allergies.data?.length === 0 && <Text c="dimmed">{t('daily.allergies.empty')}</Text>}
        {allergies.data && allergies.data.length > 0 && (
          <Table withTableBorder data-testid="child-allergies">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('daily.allergies.allergen')}</Table.Th>
                <Table.Th>{t('daily.allergies.kind')}</Table.Th>
                <Table.Th>{t('daily.allergies.severity')}</Table.Th>
                <Table.Th>{t('daily.allergies.reaction')}</Table.Th>
                <Table.Th>{t('daily.allergies.notedDate')}</Table.Th>
                <Table.Th>{t('daily.fix.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {allergies.data.map((a) => (
                <Table.Tr key={a.id} data-testid="allergy-row">
                  <Table.Td fw={600}>{a.allergen}</Table.Td>
                  <Table.Td>{t(ALLERGY_KIND_LABEL[a.kind])}</Table.Td>
                  <Table.Td>
                    <Badge color={SEVERITY_COLOR[a.severity]} variant="light">
                      {t(ALLERGY_SEVERITY_LABEL[a.severity])}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.reaction}</Table.Td>
                  <Table.Td>{formatDate(a.notedDate, locale)}</Table.Td>
                  <Table.Td>{voidButton({ kind: 'allergy', row: a })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={4}>{t('daily.fix.prescriptions')}</Title>
        <CallErrorAlert error={prescriptions.error} />
        {prescriptions.data?.length === 0 && <Text c="dimmed">{t('daily.fix.prescriptionsEmpty')}</Text>}
        {prescriptions.data && prescriptions.data.length > 0 && (
          <Table withTableBorder data-testid="child-prescriptions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('daily.medication.medicine')}</Table.Th>
                <Table.Th>{t('daily.medication.dose')}</Table.Th>
                <Table.Th>{t('daily.fix.times')}</Table.Th>
                <Table.Th>{t('daily.fix.period')}</Table.Th>
                <Table.Th>{t('daily.medication.prescriber')}</Table.Th>
                <Table.Th>{t('daily.fix.doses')}</Table.Th>
                <Table.Th>{t('daily.fix.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {prescriptions.data.map((p) => {
                const status = statusOn(p, today);
                return (
                  <Table.Tr key={p.id} data-testid="prescription-row" data-status={status}>
                    <Table.Td fw={600}>{p.medicine}</Table.Td>
                    <Table.Td>
                      {p.dose} · {t(ROUTE_LABEL[p.route])}
                    </Table.Td>
                    <Table.Td>{p.asNeeded ? `${t('daily.medication.asNeeded')}: ${p.asNeededReason}` : p.times.join(', ')}</Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatDate(p.startDate, locale)} – {p.endDate ? formatDate(p.endDate, locale) : '…'}
                        </Text>
                        <Badge color={STATUS_COLOR[status]} variant="light" style={{ flexShrink: 0 }} data-testid="prescription-status">
                          {t(PRESCRIPTION_STATUS_LABEL[status])}
                        </Badge>
                      </Stack>
                    </Table.Td>
                    <Table.Td>{p.prescriber}</Table.Td>
                    <Table.Td>{p.dosesRecorded}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {status === 'active' && (p.endDate === null || p.endDate > today) && (
                          <Button size="compact-xs" variant="subtle" onClick={() => setStopping(p)} data-testid="prescription-stop">
                            {t('daily.fix.stop')}
                          </Button>
                        )}
                        {p.dosesRecorded === 0 && voidButton({ kind: 'prescription', row: p })}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={4}>{t('daily.firstAid.title')}</Title>
        <CallErrorAlert error={firstAid.error} />
        {firstAid.data?.length === 0 && <Text c="dimmed">{t('daily.firstAid.empty')}</Text>}
        {firstAid.data && firstAid.data.length > 0 && (
          <Table withTableBorder data-testid="child-first-aid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('daily.firstAid.date')}</Table.Th>
                <Table.Th>{t('daily.firstAid.whatHappened')}</Table.Th>
                <Table.Th>{t('daily.firstAid.treatment')}</Table.Th>
                <Table.Th>{t('daily.firstAid.givenBy')}</Table.Th>
                <Table.Th>{t('daily.fix.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {firstAid.data.map((f) => (
                <Table.Tr key={f.id} data-testid="first-aid-row">
                  <Table.Td>
                    {formatDate(f.date, locale)} {f.time}
                  </Table.Td>
                  <Table.Td>{f.whatHappened}</Table.Td>
                  <Table.Td>{f.treatment}</Table.Td>
                  <Table.Td>{f.givenBy}</Table.Td>
                  <Table.Td>{voidButton({ kind: 'firstAid', row: f })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <VoidMedicalModal target={voiding} onClose={() => setVoiding(null)} />
      <StopPrescriptionModal prescription={stopping} today={today} onClose={() => setStopping(null)} />
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
