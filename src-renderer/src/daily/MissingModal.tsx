import { useEffect, useState } from 'react';
import { Group, Select, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type RollCallRow, type Severity } from '@core/daily/schema';
import { SEVERITY_LABEL } from '@core/daily/i18n/labels';
import { fullName } from '../format';
import { ModalForm } from '../ui/ModalForm';
import { timeNow, useFieldError } from './formBits';
import { useOpenMissing } from './mutations';

// The roll call's missing child: one dialog opens care's missing-from-care episode for each child
// marked missing and one incident naming them (daily.openMissing: one call, one transaction).
// When (the PC's time now), where last seen, what happened and what was done.

export interface MissingDraft {
  date: string;
  rows: RollCallRow[];
}

/** The PC's local date and time as an instant. '' when the time is not HH:MM (the core names the field). */
function instantOf(date: string, time: string): string {
  if (!/^\d{2}:\d{2}$/.test(time)) return '';
  const d = new Date(`${date}T${time}:00`);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

export function MissingModal({ draft, onClose }: { draft: MissingDraft | null; onClose(): void }) {
  const { t } = useTranslation();
  const open = useOpenMissing();
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [what, setWhat] = useState('');
  const [actions, setActions] = useState('');
  const [severity, setSeverity] = useState<Severity>('high');
  const [reportedTo, setReportedTo] = useState('');
  useEffect(() => {
    if (!draft) return;
    setTime(timeNow());
    setPlace('');
    setWhat('');
    setActions('');
    setSeverity('high');
    setReportedTo('');
    open.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);
  const fieldError = useFieldError(open.error);
  const names = (draft?.rows ?? []).map(fullName).join(', ');
  return (
    <ModalForm
      opened={draft !== null}
      title={t('daily.missing.title')}
      intro={<Text size="sm">{t('daily.missing.prompt', { name: names })}</Text>}
      onClose={onClose}
      pending={open.isPending}
      error={open.error}
      errorTestId="missing-error"
      saveLabel={t('daily.missing.open')}
      onSubmit={(e) => {
        e?.preventDefault();
        if (!draft) return;
        open.mutate(
          {
            date: draft.date,
            time,
            noticedAt: instantOf(draft.date, time),
            residentIds: draft.rows.map((r) => r.residentId),
            severity,
            place,
            whatHappened: what,
            actionsTaken: actions,
            reportedTo,
          },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('daily.missing.opened') });
              onClose();
            },
          },
        );
      }}
    >
      <Group grow align="flex-start">
        <TextInput label={t('daily.missing.noticedAt')} value={time} onChange={(e) => setTime(e.currentTarget.value)} required error={fieldError('time') ?? fieldError('noticedAt')} />
        <Select
          label={t('daily.missing.severity')}
          data={SEVERITIES.map((s) => ({ value: s, label: t(SEVERITY_LABEL[s]) }))}
          value={severity}
          onChange={(v) => v && setSeverity(v as Severity)}
          allowDeselect={false}
        />
      </Group>
      <TextInput label={t('daily.missing.lastSeen')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fieldError('place')} />
      <Textarea label={t('daily.missing.whatHappened')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} required autosize minRows={3} error={fieldError('whatHappened')} data-autofocus />
      <Textarea label={t('daily.missing.actionsTaken')} value={actions} onChange={(e) => setActions(e.currentTarget.value)} autosize minRows={2} error={fieldError('actionsTaken')} />
      <TextInput label={t('daily.missing.reportedTo')} value={reportedTo} onChange={(e) => setReportedTo(e.currentTarget.value)} error={fieldError('reportedTo')} />
    </ModalForm>
  );
}
