import { useEffect, useState } from 'react';
import { Badge, Button, Group, NumberInput, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ALLERGY_KINDS, ALLERGY_SEVERITIES, STOCK_MOVEMENTS, type AllergyKind, type AllergySeverity, type StockMovement } from '@core/daily/schema';
import { ALLERGY_KIND_LABEL, ALLERGY_SEVERITY_LABEL, STOCK_MOVEMENT_LABEL } from '@core/daily/i18n/labels';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { ChildSelect } from '../safeguarding/ChildSelect';
import { useFieldError } from './formBits';
import { useAddAllergy, useRecordFirstAid, useRecordStock } from './mutations';
import { timeNow } from './formBits';
import { dailyQueries } from './queries';

// Beside the medication round: a child's allergies (added here, shown on each medicine's row) and
// the medicine stock — received, disposed of or returned, with who and why — and what is on hand.

export const SEVERITY_COLOR: Record<AllergySeverity, string> = { mild: 'yellow', moderate: 'orange', severe: 'red', life_threatening: 'red' };

/** Adds an allergy: for the child given, or for a child picked in the dialog. */
export function AllergyButton({ residentId: fixed }: { residentId?: string } = {}) {
  const { t } = useTranslation();
  const add = useAddAllergy();
  const fieldError = useFieldError(add.error);
  const [opened, setOpened] = useState(false);
  const [residentId, setResidentId] = useState<string | null>(null);
  const [allergen, setAllergen] = useState('');
  const [kind, setKind] = useState<AllergyKind | null>('medicine');
  const [severity, setSeverity] = useState<AllergySeverity | null>(null);
  const [reaction, setReaction] = useState('');
  useEffect(() => {
    if (opened) {
      setResidentId(fixed ?? null); setAllergen(''); setKind('medicine'); setSeverity(null); setReaction('');
      add.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  return (
    <>
      <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpened(true)} data-testid="allergy-new">
        {t('daily.allergies.add')}
      </Button>
      <ModalForm
        opened={opened}
        title={t('daily.allergies.add')}
        onClose={() => setOpened(false)}
        pending={add.isPending}
        error={add.error}
        onSubmit={(e) => {
          e?.preventDefault();
          add.mutate(
            { residentId: residentId ?? '', allergen, kind: kind as AllergyKind, severity: severity as AllergySeverity, reaction },
            { onSuccess: () => { notifications.show({ color: 'teal', message: t('daily.allergies.added') }); setOpened(false); } },
          );
        }}
      >
        {!fixed && <ChildSelect label={t('daily.allergies.child')} value={residentId} onChange={setResidentId} error={fieldError('residentId')} enabled={opened} testId="allergy-child" />}
        <Group grow align="flex-start">
          <TextInput label={t('daily.allergies.allergen')} value={allergen} onChange={(e) => setAllergen(e.currentTarget.value)} required error={fieldError('allergen')} />
          <Select label={t('daily.allergies.kind')} data={ALLERGY_KINDS.map((k) => ({ value: k, label: t(ALLERGY_KIND_LABEL[k]) }))} value={kind} onChange={(x) => setKind(x as AllergyKind | null)} required error={fieldError('kind')} />
        </Group>
        <Group grow align="flex-start">
          <Select label={t('daily.allergies.severity')} data={ALLERGY_SEVERITIES.map((k) => ({ value: k, label: t(ALLERGY_SEVERITY_LABEL[k]) }))} value={severity} onChange={(x) => setSeverity(x as AllergySeverity | null)} required error={fieldError('severity')} />
          <TextInput label={t('daily.allergies.reaction')} value={reaction} onChange={(e) => setReaction(e.currentTarget.value)} error={fieldError('reaction')} />
        </Group>
      </ModalForm>
    </>
  );
}

export function StockPanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useQuery(dailyQueries.stock());
  const record = useRecordStock();
  const fieldError = useFieldError(record.error);
  const [opened, setOpened] = useState(false);
  const [medicine, setMedicine] = useState('');
  const [movement, setMovement] = useState<StockMovement | null>('received');
  const [quantity, setQuantity] = useState<number | string>('');
  const [unit, setUnit] = useState('');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [witness, setWitness] = useState('');
  const [expiry, setExpiry] = useState('');
  useEffect(() => {
    if (opened) {
      setMedicine(''); setMovement('received'); setQuantity(''); setUnit(''); setDate(today); setReason(''); setWitness(''); setExpiry('');
      record.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('daily.stock.title')}</Title>
        <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpened(true)} data-testid="stock-new">
          {t('daily.stock.record')}
        </Button>
      </Group>
      <CallErrorAlert error={q.error} />
      {q.data?.length === 0 && <Text c="dimmed">{t('daily.stock.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <Table withTableBorder data-testid="stock-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('daily.stock.medicine')}</Table.Th>
              <Table.Th>{t('daily.stock.received')}</Table.Th>
              <Table.Th>{t('daily.stock.out')}</Table.Th>
              <Table.Th>{t('daily.stock.onHand')}</Table.Th>
              <Table.Th>{t('daily.stock.date')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.map((s) => (
              <Table.Tr key={`${s.medicine}|${s.unit}`} data-testid="stock-row" data-medicine={s.medicine} data-on-hand={s.onHand}>
                <Table.Td>{s.medicine}</Table.Td>
                <Table.Td>{s.received} {s.unit}</Table.Td>
                <Table.Td>{s.out} {s.unit}</Table.Td>
                <Table.Td fw={700}>{s.onHand} {s.unit}</Table.Td>
                <Table.Td>
                  {s.movements[0] && (
                    <Text size="sm">
                      {formatDate(s.movements[0].date, locale)} · {t(STOCK_MOVEMENT_LABEL[s.movements[0].movement])} {s.movements[0].quantity} · {s.movements[0].recordedBy}
                      {s.movements[0].witnessedBy ? ` / ${s.movements[0].witnessedBy}` : ''}
                      {s.movements[0].reason ? ` · ${s.movements[0].reason}` : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ModalForm
        opened={opened}
        title={t('daily.stock.record')}
        onClose={() => setOpened(false)}
        pending={record.isPending}
        error={record.error}
        onSubmit={(e) => {
          e?.preventDefault();
          record.mutate(
            { medicine, movement: movement as StockMovement, quantity: typeof quantity === 'number' ? quantity : (undefined as unknown as number), unit, date, reason, witnessedBy: witness, expiryDate: expiry || null },
            { onSuccess: () => { notifications.show({ color: 'teal', message: t('daily.stock.saved') }); setOpened(false); } },
          );
        }}
      >
        <Group grow align="flex-start">
          <TextInput label={t('daily.stock.medicine')} value={medicine} onChange={(e) => setMedicine(e.currentTarget.value)} required error={fieldError('medicine')} data-autofocus />
          <Select label={t('daily.stock.movement')} data={STOCK_MOVEMENTS.map((m) => ({ value: m, label: t(STOCK_MOVEMENT_LABEL[m]) }))} value={movement} onChange={(x) => setMovement(x as StockMovement | null)} required allowDeselect={false} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput label={t('daily.stock.quantity')} value={quantity} onChange={setQuantity} min={0} required error={fieldError('quantity')} />
          <TextInput label={t('daily.stock.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} required error={fieldError('unit')} />
          <DateField label={t('daily.stock.date')} value={date} onChange={setDate} required error={fieldError('date')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('daily.stock.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required={movement !== 'received'} error={fieldError('reason')} />
          {movement === 'received' ? (
            <DateField label={t('daily.stock.expiryDate')} value={expiry} onChange={setExpiry} error={fieldError('expiryDate')} />
          ) : (
            <TextInput label={t('daily.stock.witnessedBy')} value={witness} onChange={(e) => setWitness(e.currentTarget.value)} required error={fieldError('witnessedBy')} />
          )}
        </Group>
      </ModalForm>
    </Stack>
  );
}

/** A row's allergies as badges (words, not only colour). */
export function AllergyBadges({ allergies }: { allergies: Array<{ allergen: string; severity: AllergySeverity }> }) {
  const { t } = useTranslation();
  if (allergies.length === 0) return null;
  return (
    <Group gap={4} mt={2} data-testid="medication-allergies">
      {allergies.map((a) => (
        <Badge key={a.allergen} size="xs" color={SEVERITY_COLOR[a.severity]} variant="light">
          {t('daily.allergies.title')}: {a.allergen} ({t(ALLERGY_SEVERITY_LABEL[a.severity])})
        </Badge>
      ))}
    </Group>
  );
}

/** The first-aid log: the latest entries and a new one. */
export function FirstAidPanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useQuery(dailyQueries.firstAid());
  const record = useRecordFirstAid();
  const fieldError = useFieldError(record.error);
  const [opened, setOpened] = useState(false);
  const [residentId, setResidentId] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [time, setTime] = useState('');
  const [what, setWhat] = useState('');
  const [treatment, setTreatment] = useState('');
  const [givenBy, setGivenBy] = useState('');
  useEffect(() => {
    if (opened) {
      setResidentId(null); setDate(today); setTime(timeNow()); setWhat(''); setTreatment(''); setGivenBy('');
      record.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('daily.firstAid.title')}</Title>
        <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setOpened(true)} data-testid="first-aid-new">
          {t('daily.firstAid.record')}
        </Button>
      </Group>
      <CallErrorAlert error={q.error} />
      {q.data?.length === 0 && <Text c="dimmed">{t('daily.firstAid.empty')}</Text>}
      {q.data && q.data.length > 0 && (
        <Table withTableBorder data-testid="first-aid-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('daily.firstAid.date')}</Table.Th>
              <Table.Th>{t('daily.firstAid.child')}</Table.Th>
              <Table.Th>{t('daily.firstAid.whatHappened')}</Table.Th>
              <Table.Th>{t('daily.firstAid.treatment')}</Table.Th>
              <Table.Th>{t('daily.firstAid.givenBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.map((f) => (
              <Table.Tr key={f.id} data-testid="first-aid-row">
                <Table.Td>{formatDate(f.date, locale)} {f.time}</Table.Td>
                <Table.Td>{fullName(f)}</Table.Td>
                <Table.Td>{f.whatHappened}</Table.Td>
                <Table.Td>{f.treatment}</Table.Td>
                <Table.Td>{f.givenBy}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ModalForm
        opened={opened}
        title={t('daily.firstAid.record')}
        onClose={() => setOpened(false)}
        pending={record.isPending}
        error={record.error}
        onSubmit={(e) => {
          e?.preventDefault();
          record.mutate(
            { residentId: residentId ?? '', date, time, whatHappened: what, treatment, givenBy },
            { onSuccess: () => { notifications.show({ color: 'teal', message: t('daily.firstAid.saved') }); setOpened(false); } },
          );
        }}
      >
        <ChildSelect label={t('daily.firstAid.child')} value={residentId} onChange={setResidentId} error={fieldError('residentId')} enabled={opened} testId="first-aid-child" />
        <Group grow align="flex-start">
          <DateField label={t('daily.firstAid.date')} value={date} onChange={setDate} required error={fieldError('date')} />
          <TextInput label={t('daily.firstAid.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} required error={fieldError('time')} />
        </Group>
        <Textarea label={t('daily.firstAid.whatHappened')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} required autosize minRows={2} error={fieldError('whatHappened')} />
        <Textarea label={t('daily.firstAid.treatment')} value={treatment} onChange={(e) => setTreatment(e.currentTarget.value)} required autosize minRows={2} error={fieldError('treatment')} />
        <TextInput label={t('daily.firstAid.givenBy')} value={givenBy} onChange={(e) => setGivenBy(e.currentTarget.value)} required error={fieldError('givenBy')} />
      </ModalForm>
    </Stack>
  );
}
