import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, NumberInput, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCheck, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MEASURES, type Measure, type RestraintDto } from '@core/safeguarding/schema';
import { MEASURE_LABEL } from '@core/safeguarding/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDate, formatDateTime, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { timeNow, useFieldError } from '../daily/formBits';
import { ChildSelect } from './ChildSelect';
import { useRecordRestraint, useRecordRestraintTalk, useSignOffRestraint } from './mutations';
import { safeguardingQueries } from './queries';
import { VoidButton } from './VoidButton';

// The measures of control: those awaiting the sign-off or the talk first (all on demand), each
// with its deadlines in words and colour; the director signs off; anyone who writes daily records
// records the talk with the child.

export function RestraintsView({ today }: { today: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const [creating, setCreating] = useState(false);
  const q = useQuery(safeguardingQueries.restraints(all ? 'all' : 'pending'));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Switch label={t('safeguarding.restraints.showAll')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)} data-testid="restraint-new">
          {t('safeguarding.restraints.new')}
        </Button>
      </Group>
      <CallErrorAlert error={q.error} title={t('safeguarding.restraints.loadFailed')} />
      {q.data?.length === 0 && <Text c="dimmed">{t(all ? 'safeguarding.restraints.emptyAll' : 'safeguarding.restraints.empty')}</Text>}
      {q.data?.map((r) => <RestraintCard key={r.id} r={r} today={today} />)}
      <RestraintModal opened={creating} today={today} onClose={() => setCreating(false)} />
    </Stack>
  );
}

export function RestraintCard({ r, today }: { r: RestraintDto; today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useAppInfo();
  const [signing, setSigning] = useState(false);
  const [talking, setTalking] = useState(false);
  return (
    <Card withBorder padding="sm" data-testid="restraint" data-signed={r.signedOffAt !== null} data-talked={r.talkedDate !== null}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={700}>
              {formatDate(r.date, locale)} {r.time}
            </Text>
            <Text fw={600}>{fullName(r.child)}</Text>
            <Badge variant="light">{t(MEASURE_LABEL[r.measure])}</Badge>
            <Badge variant="outline" color="gray">
              {t('safeguarding.restraints.minutes', { count: r.durationMinutes })}
            </Badge>
            {r.recordedLate && (
              <Badge color="orange" variant="outline">
                {t('safeguarding.restraints.recordedLate')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t('safeguarding.restraints.place')}: {r.place} · {t('safeguarding.restraints.antecedent')}: {r.antecedent}
          </Text>
          <Text size="sm" c="dimmed">
            {t('safeguarding.restraints.triedFirst')}: {r.triedFirst} · {t('safeguarding.restraints.usedBy')}: {r.usedBy} · {t('safeguarding.restraints.witnessedBy')}: {r.witnessedBy}
          </Text>
          <Text size="sm" c="dimmed">
            {t('safeguarding.restraints.effect')}: {r.effect}
            {r.injury ? ` · ${t('safeguarding.restraints.injuryDetail')}: ${r.injuryDetail} (${r.injuryTreatment})` : ''}
          </Text>
          <Deadline
            done={r.signedOffAt ? t('safeguarding.restraints.signedOff', { by: r.signedOffBy ?? '', time: formatDateTime(r.signedOffAt, locale) }) : null}
            due={t('safeguarding.restraints.signOffDue', { time: `${formatDate(r.signOffDue.slice(0, 10), locale)} ${r.signOffDue.slice(11, 16)}` })}
            overdue={r.signOffOverdue ? t('safeguarding.restraints.signOffOverdue') : null}
            testId="restraint-signoff-state"
          />
          {r.signOffNote && <Text size="sm" c="dimmed" pl={18}>{r.signOffNote}</Text>}
          <Deadline
            done={r.talkedDate ? t('safeguarding.restraints.talked', { date: formatDate(r.talkedDate, locale), by: r.talkedBy ?? '' }) : null}
            due={t('safeguarding.restraints.talkDue', { date: formatDate(r.talkDueDate, locale) })}
            overdue={r.talkOverdue ? t('safeguarding.restraints.talkOverdue') : null}
            testId="restraint-talk-state"
          />
          {r.talkNote && <Text size="sm" c="dimmed" pl={18}>{r.talkNote}</Text>}
          {r.recordedLate && <Text size="sm" c="dimmed">{t('safeguarding.restraints.lateReason')}: {r.lateReason}</Text>}
        </Stack>
        <Stack gap="xs">
          {!r.signedOffAt && can('safeguarding.signoff') && (
            <Button size="xs" onClick={() => setSigning(true)} data-testid="restraint-signoff">
              {t('safeguarding.restraints.signOff')}
            </Button>
          )}
          {!r.talkedDate && (
            <Button size="xs" variant="default" onClick={() => setTalking(true)} data-testid="restraint-talk">
              {t('safeguarding.restraints.talk')}
            </Button>
          )}
          <VoidButton kind="restraint" id={r.id} version={r.version} />
        </Stack>
      </Group>
      <SignOffModal r={r} opened={signing} onClose={() => setSigning(false)} />
      <TalkModal r={r} today={today} opened={talking} onClose={() => setTalking(false)} />
    </Card>
  );
}

/** A deadline in words: done (with who and when), due by, or overdue — never colour alone. */
function Deadline({ done, due, overdue, testId }: { done: string | null; due: string; overdue: string | null; testId: string }) {
  if (done)
    return (
      <Group gap={4} data-testid={testId} data-state={overdue ? 'late' : 'done'}>
        <IconCheck size={14} aria-hidden />
        <Text size="sm">{done}</Text>
        {overdue && <Text size="sm" c="orange">({overdue})</Text>}
      </Group>
    );
  return (
    <Group gap={4} data-testid={testId} data-state={overdue ? 'overdue' : 'due'}>
      {overdue && <IconAlertTriangle size={14} color="var(--mantine-color-red-7)" aria-hidden />}
      <Text size="sm" fw={overdue ? 700 : undefined} c={overdue ? 'red.7' : undefined}>
        {overdue ? `${overdue} · ${due}` : due}
      </Text>
    </Group>
  );
}

function SignOffModal({ r, opened, onClose }: { r: RestraintDto; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const sign = useSignOffRestraint();
  const [note, setNote] = useState('');
  return (
    <ModalForm
      opened={opened}
      title={t('safeguarding.restraints.signOffTitle')}
      onClose={onClose}
      pending={sign.isPending}
      error={sign.error}
      saveLabel={t('safeguarding.restraints.signOff')}
      onSubmit={(e) => {
        e?.preventDefault();
        sign.mutate({ id: r.id, version: r.version, note }, { onSuccess: () => { notifications.show({ color: 'teal', message: t('safeguarding.restraints.signOffDone') }); onClose(); } });
      }}
    >
      <Textarea label={t('safeguarding.restraints.signOffNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} data-autofocus />
    </ModalForm>
  );
}

function TalkModal({ r, today, opened, onClose }: { r: RestraintDto; today: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const talk = useRecordRestraintTalk();
  const fieldError = useFieldError(talk.error);
  const [date, setDate] = useState(today);
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  return (
    <ModalForm
      opened={opened}
      title={t('safeguarding.restraints.talkTitle')}
      onClose={onClose}
      pending={talk.isPending}
      error={talk.error}
      onSubmit={(e) => {
        e?.preventDefault();
        talk.mutate({ id: r.id, version: r.version, date, talkedBy: by, note }, { onSuccess: () => { notifications.show({ color: 'teal', message: t('safeguarding.restraints.talkDone') }); onClose(); } });
      }}
    >
      <Group grow align="flex-start">
        <DateField label={t('safeguarding.restraints.talkDate')} value={date} onChange={setDate} required error={fieldError('date')} />
        <TextInput label={t('safeguarding.restraints.talkedBy')} value={by} onChange={(e) => setBy(e.currentTarget.value)} required error={fieldError('talkedBy')} data-autofocus />
      </Group>
      <Textarea label={t('safeguarding.restraints.talkNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} required autosize minRows={3} error={fieldError('note')} />
    </ModalForm>
  );
}

function RestraintModal({ opened, today, onClose }: { opened: boolean; today: string; onClose(): void }) {
  const { t } = useTranslation();
  const create = useRecordRestraint();
  const fieldError = useFieldError(create.error);
  const empty = () => ({
    residentId: null as string | null, date: today, time: timeNow(), place: '', antecedent: '', measure: null as Measure | null, measureDetail: '',
    durationMinutes: '' as number | string, triedFirst: '', usedBy: '', witnessedBy: '', effect: '', injury: false, injuryDetail: '', injuryTreatment: '', lateReason: '',
  });
  const [v, setV] = useState(empty);
  useEffect(() => {
    if (opened) {
      setV(empty());
      create.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const set = <K extends keyof ReturnType<typeof empty>>(k: K) => (x: ReturnType<typeof empty>[K]) => setV((o) => ({ ...o, [k]: x }));
  const text = (k: 'place' | 'antecedent' | 'measureDetail' | 'triedFirst' | 'usedBy' | 'witnessedBy' | 'effect' | 'injuryDetail' | 'injuryTreatment' | 'lateReason' | 'time') => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value),
    error: fieldError(k),
  });
  return (
    <ModalForm
      opened={opened}
      title={t('safeguarding.restraints.new')}
      onClose={onClose}
      pending={create.isPending}
      error={create.error}
      errorTestId="restraint-error"
      size="xl"
      intro={
        <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('safeguarding.restraints.noFamilySanction')}
        </Alert>
      }
      onSubmit={(e) => {
        e?.preventDefault();
        create.mutate(
          {
            ...v,
            residentId: v.residentId ?? '',
            measure: v.measure as Measure,
            durationMinutes: typeof v.durationMinutes === 'number' ? v.durationMinutes : (undefined as unknown as number),
          },
          { onSuccess: () => { notifications.show({ color: 'teal', message: t('safeguarding.restraints.recorded') }); onClose(); } },
        );
      }}
    >
      <ChildSelect label={t('safeguarding.restraints.child')} value={v.residentId} onChange={set('residentId')} error={fieldError('residentId')} enabled={opened} testId="restraint-child" />
      <Group grow align="flex-start">
        <DateField label={t('safeguarding.restraints.date')} value={v.date} onChange={set('date')} required error={fieldError('date')} />
        <TextInput label={t('safeguarding.restraints.time')} required {...text('time')} />
        <TextInput label={t('safeguarding.restraints.place')} required {...text('place')} />
      </Group>
      <Textarea label={t('safeguarding.restraints.antecedent')} required autosize minRows={2} {...text('antecedent')} />
      <Textarea label={t('safeguarding.restraints.triedFirst')} required autosize minRows={2} {...text('triedFirst')} />
      <Group grow align="flex-start">
        <Select
          label={t('safeguarding.restraints.measure')}
          data={MEASURES.map((m) => ({ value: m, label: t(MEASURE_LABEL[m]) }))}
          value={v.measure}
          onChange={(x) => set('measure')(x as Measure | null)}
          required
          error={fieldError('measure')}
        />
        <NumberInput label={t('safeguarding.restraints.duration')} value={v.durationMinutes} onChange={set('durationMinutes')} min={1} max={1440} allowDecimal={false} required error={fieldError('durationMinutes')} />
      </Group>
      {v.measure === 'other' && <TextInput label={t('safeguarding.restraints.measureDetail')} required {...text('measureDetail')} />}
      <Group grow align="flex-start">
        <TextInput label={t('safeguarding.restraints.usedBy')} required {...text('usedBy')} />
        <TextInput label={t('safeguarding.restraints.witnessedBy')} required {...text('witnessedBy')} />
      </Group>
      <Textarea label={t('safeguarding.restraints.effect')} required autosize minRows={2} {...text('effect')} />
      <Checkbox label={t('safeguarding.restraints.injury')} checked={v.injury} onChange={(e) => set('injury')(e.currentTarget.checked)} />
      {v.injury && (
        <Group grow align="flex-start">
          <TextInput label={t('safeguarding.restraints.injuryDetail')} required {...text('injuryDetail')} />
          <TextInput label={t('safeguarding.restraints.injuryTreatment')} required {...text('injuryTreatment')} />
        </Group>
      )}
      {(v.date < today || fieldError('lateReason') || v.lateReason) && <TextInput label={t('safeguarding.restraints.lateReason')} required {...text('lateReason')} />}
    </ModalForm>
  );
}
