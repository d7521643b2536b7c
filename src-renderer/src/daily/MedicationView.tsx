import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ROUTES, type DoseOutcome, type MedicationDose, type Route } from '@core/daily/schema';
import { DOSE_OUTCOME_LABEL, ROUTE_LABEL } from '@core/daily/i18n/labels';
import { formatDateTime, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { useFieldError } from './formBits';
import { toCallError } from '../data/callError';
import { usePrescribe, useRecordDose } from './mutations';
import { dailyQueries } from './queries';
import { AllergyBadges, AllergyButton, FirstAidPanel, StockPanel } from './MedicationExtras';

// The medication round: per child and prescription, the day's doses — due, given (by whom, when),
// refused or missed (with the reason) — "Given" in one press, "Refused or missed" with a reason;
// and a new prescription.

const OUTCOME_COLOR: Record<DoseOutcome, string> = { given: 'teal', refused: 'orange', missed: 'red' };

export function MedicationView({ date }: { date: string }) {
  const { t } = useTranslation();
  const q = useQuery(dailyQueries.medication(date));
  const record = useRecordDose();
  const [refusing, setRefusing] = useState<{ medicationId: string; time: string | null } | null>(null);
  const [prescribing, setPrescribing] = useState(false);
  const give = (medicationId: string, time: string | null) =>
    record.mutate({ medicationId, date, scheduledTime: time, outcome: 'given' }, { onSuccess: () => notifications.show({ color: 'teal', message: t('daily.medication.saved') }) });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        {q.data && <Text data-testid="medication-counts">{t('daily.medication.counts', q.data.counts)}</Text>}
        <Group gap="xs">
          <AllergyButton />
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setPrescribing(true)}>
            {t('daily.medication.prescribe')}
          </Button>
        </Group>
      </Group>
      <CallErrorAlert error={q.error} title={t('daily.medication.loadFailed')} />
      <CallErrorAlert error={record.error} />
      {q.data?.rows.length === 0 && <Text c="dimmed">{t('daily.medication.empty')}</Text>}
      {q.data && q.data.rows.length > 0 && (
        <Table withTableBorder data-testid="medication-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('daily.medication.child')}</Table.Th>
              <Table.Th>{t('daily.medication.medicine')}</Table.Th>
              <Table.Th>{t('daily.medication.dose')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.rows.map((r) => (
              <Table.Tr key={r.medicationId} data-testid="medication-row" data-medicine={r.medicine}>
                <Table.Td>
                  {fullName(r)}
                  <Text size="xs" c="dimmed">
                    {r.groupName}
                  </Text>
                  <AllergyBadges allergies={r.allergies} />
                </Table.Td>
                <Table.Td>
                  {r.medicine}
                  <Text size="xs" c="dimmed">
                    {t(ROUTE_LABEL[r.route])}
                    {r.asNeeded ? ` · ${t('daily.medication.asNeeded')}: ${r.asNeededReason}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>{r.dose}</Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {r.due.map((d) => (
                      <DoseLine key={d.time} time={d.time} dose={d.recorded} pending={record.isPending} onGive={() => give(r.medicationId, d.time)} onRefuse={() => setRefusing({ medicationId: r.medicationId, time: d.time })} />
                    ))}
                    {r.extra.map((d) => (
                      <DoseLine key={d.id} time={null} dose={d} pending={false} onGive={() => {}} onRefuse={() => {}} />
                    ))}
                    {r.asNeeded && (
                      <Group gap="xs">
                        <Button size="compact-xs" variant="light" onClick={() => give(r.medicationId, null)}>
                          {t('daily.medication.given')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RefuseModal date={date} target={refusing} onClose={() => setRefusing(null)} />
      <PrescribeModal opened={prescribing} date={date} onClose={() => setPrescribing(false)} />
      <StockPanel today={date} />
      <FirstAidPanel today={date} />
    </Stack>
  );
}

function DoseLine(p: { time: string | null; dose: MedicationDose | null; pending: boolean; onGive(): void; onRefuse(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Group gap="xs" data-testid="dose" data-time={p.time ?? ''} data-outcome={p.dose?.outcome ?? ''}>
      <Text fw={600} w={48}>
        {p.time ?? '—'}
      </Text>
      {p.dose ? (
        <>
          <Badge color={OUTCOME_COLOR[p.dose.outcome]} variant="light">
            {t(DOSE_OUTCOME_LABEL[p.dose.outcome])}
          </Badge>
          <Text size="sm" c="dimmed">
            {p.dose.givenAt ? `${formatDateTime(p.dose.givenAt, locale)} · ${p.dose.dose}` : p.dose.reason} · {p.dose.recordedBy}
          </Text>
        </>
      ) : (
        <>
          <Badge color="gray" variant="outline">
            {t('daily.medication.pending')}
          </Badge>
          <Button size="compact-xs" variant="light" color="teal" loading={p.pending} onClick={p.onGive}>
            {t('daily.medication.given')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="orange" onClick={p.onRefuse}>
            {t('daily.medication.recordRefused')}
          </Button>
        </>
      )}
    </Group>
  );
}

function RefuseModal({ date, target, onClose }: { date: string; target: { medicationId: string; time: string | null } | null; onClose(): void }) {
  const { t } = useTranslation();
  const record = useRecordDose();
  const [outcome, setOutcome] = useState<'refused' | 'missed'>('refused');
  const [reason, setReason] = useState('');
  const fieldError = useFieldError(record.error);
  return (
    <ModalForm
      opened={target !== null}
      title={t('daily.medication.recordRefused')}
      onClose={() => (record.reset(), onClose())}
      pending={record.isPending}
      error={record.error}
      onSubmit={(e) => {
        e?.preventDefault();
        if (!target) return;
        record.mutate({ medicationId: target.medicationId, date, scheduledTime: target.time, outcome, reason }, { onSuccess: () => (setReason(''), onClose()) });
      }}
    >
      <Select
        label={t('daily.medication.recordRefused')}
        data={(['refused', 'missed'] as const).map((o) => ({ value: o, label: t(DOSE_OUTCOME_LABEL[o]) }))}
        value={outcome}
        onChange={(v) => v && setOutcome(v as 'refused' | 'missed')}
        allowDeselect={false}
      />
      <TextInput label={t('daily.medication.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={fieldError('reason')} data-autofocus />
    </ModalForm>
  );
}

function PrescribeModal({ opened, date, onClose }: { opened: boolean; date: string; onClose(): void }) {
  const { t } = useTranslation();
  const prescribe = usePrescribe();
  const children = useQuery({ ...dailyQueries.currentChildren(), enabled: opened });
  const fieldError = useFieldError(prescribe.error);
  const [v, setV] = useState({ residentId: '', medicine: '', dose: '', route: 'oral' as Route, times: '08:00, 20:00', asNeeded: false, asNeededReason: '', startDate: date, endDate: '', prescriber: '', allergyConfirmed: false });
  const set = (patch: Partial<typeof v>) => setV((x) => ({ ...x, ...patch }));
  return (
    <ModalForm
      opened={opened}
      title={t('daily.medication.prescribe')}
      onClose={() => (prescribe.reset(), onClose())}
      pending={prescribe.isPending}
      error={prescribe.error}
      onSubmit={(e) => {
        e?.preventDefault();
        const times = v.asNeeded ? [] : v.times.split(/[,\s]+/).filter(Boolean);
        prescribe.mutate(
          { ...v, times, endDate: v.endDate || null },
          { onSuccess: () => (notifications.show({ color: 'teal', message: t('daily.medication.prescribed') }), onClose()) },
        );
      }}
    >
      <Select
        label={t('daily.medication.child')}
        data={(children.data?.rows ?? []).map((r) => ({ value: r.id, label: fullName(r) }))}
        value={v.residentId || null}
        onChange={(x) => set({ residentId: x ?? '' })}
        searchable
        required
        error={fieldError('residentId')}
      />
      <Group grow align="flex-start">
        <TextInput label={t('daily.medication.medicine')} value={v.medicine} onChange={(e) => set({ medicine: e.currentTarget.value })} required error={fieldError('medicine')} />
        <TextInput label={t('daily.medication.dose')} value={v.dose} onChange={(e) => set({ dose: e.currentTarget.value })} required error={fieldError('dose')} />
        <Select label={t('daily.medication.route')} data={ROUTES.map((r) => ({ value: r, label: t(ROUTE_LABEL[r]) }))} value={v.route} onChange={(x) => x && set({ route: x as Route })} allowDeselect={false} />
      </Group>
      <Checkbox label={t('daily.medication.asNeeded')} checked={v.asNeeded} onChange={(e) => set({ asNeeded: e.currentTarget.checked })} />
      {v.asNeeded ? (
        <TextInput label={t('daily.medication.asNeededReason')} value={v.asNeededReason} onChange={(e) => set({ asNeededReason: e.currentTarget.value })} required error={fieldError('asNeededReason')} />
      ) : (
        <TextInput label={t('daily.medication.times')} value={v.times} onChange={(e) => set({ times: e.currentTarget.value })} required error={fieldError('times')} />
      )}
      <Group grow align="flex-start">
        <DateField label={t('daily.medication.startDate')} value={v.startDate} onChange={(x) => set({ startDate: x })} required error={fieldError('startDate')} />
        <DateField label={t('daily.medication.endDate')} value={v.endDate} onChange={(x) => set({ endDate: x })} error={fieldError('endDate')} />
      </Group>
      <TextInput label={t('daily.medication.prescriber')} value={v.prescriber} onChange={(e) => set({ prescriber: e.currentTarget.value })} required error={fieldError('prescriber')} />
      {toCallError(prescribe.error)?.message === 'daily.errors.allergic' || v.allergyConfirmed ? (
        <Checkbox label={t('daily.allergies.confirm')} checked={v.allergyConfirmed} onChange={(e) => set({ allergyConfirmed: e.currentTarget.checked })} data-testid="allergy-confirm" />
      ) : null}
    </ModalForm>
  );
}
