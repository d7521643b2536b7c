import { useEffect, useState } from 'react';
import { Checkbox, Group, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS, SEVERITIES, type IncidentKind, type Severity } from '@core/daily/schema';
import { INCIDENT_KIND_LABEL, SEVERITY_LABEL } from '@core/daily/i18n/labels';
import { fullName } from '../format';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { timeNow, useFieldError } from './formBits';
import { useCreateIncident } from './mutations';
import { dailyQueries } from './queries';

// Records an incident: when, where, which children, kind and severity, what happened and what was
// done. The parties the kind must tell without delay are added by the core (overdue until told).

export interface IncidentDraft {
  date: string;
  kind?: IncidentKind;
  residentIds?: string[];
}

export function IncidentModal({ draft, onClose }: { draft: IncidentDraft | null; onClose(): void }) {
  const { t } = useTranslation();
  const create = useCreateIncident();
  const children = useQuery({ ...dailyQueries.currentChildren(), enabled: draft !== null });
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [kind, setKind] = useState<IncidentKind | null>(null);
  const [severity, setSeverity] = useState<Severity | null>('medium');
  const [police, setPolice] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  const [what, setWhat] = useState('');
  const [actions, setActions] = useState('');
  useEffect(() => {
    if (!draft) return;
    setDate(draft.date);
    setTime(timeNow());
    setKind(draft.kind ?? null);
    setSeverity(draft.kind === 'missing_from_care' ? 'high' : 'medium');
    setIds(draft.residentIds ?? []);
    setPlace('');
    setPolice(false);
    setWhat('');
    setActions('');
    create.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);
  const fieldError = useFieldError(create.error);
  return (
    <ModalForm
      opened={draft !== null}
      title={t('daily.incidents.new')}
      onClose={onClose}
      pending={create.isPending}
      error={create.error}
      errorTestId="incident-error"
      onSubmit={(e) => {
        e?.preventDefault();
        create.mutate(
          { date, time, place, kind: kind as IncidentKind, severity: severity as Severity, policeInvolved: police, residentIds: ids, whatHappened: what, actionsTaken: actions },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('daily.incidents.created') });
              onClose();
            },
          },
        );
      }}
    >
      <Group grow align="flex-start">
        <DateField label={t('daily.incidents.date')} value={date} onChange={setDate} required error={fieldError('date')} />
        <TextInput label={t('daily.incidents.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} required error={fieldError('time')} />
        <TextInput label={t('daily.incidents.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} error={fieldError('place')} />
      </Group>
      <MultiSelect
        label={t('daily.incidents.children')}
        data={(children.data?.rows ?? []).map((r) => ({ value: r.id, label: fullName(r) }))}
        value={ids}
        onChange={setIds}
        searchable
        required
        error={fieldError('residentIds')}
        data-testid="incident-children"
      />
      <Group grow align="flex-start">
        <Select
          label={t('daily.incidents.kind')}
          data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(INCIDENT_KIND_LABEL[k]) }))}
          value={kind}
          onChange={(v) => setKind(v as IncidentKind | null)}
          required
          searchable
          error={fieldError('kind')}
        />
        <Select
          label={t('daily.incidents.severity')}
          data={SEVERITIES.map((s) => ({ value: s, label: t(SEVERITY_LABEL[s]) }))}
          value={severity}
          onChange={(v) => setSeverity(v as Severity | null)}
          required
          allowDeselect={false}
          error={fieldError('severity')}
        />
      </Group>
      <Checkbox label={t('daily.incidents.police')} checked={police} onChange={(e) => setPolice(e.currentTarget.checked)} />
      <Textarea label={t('daily.incidents.whatHappened')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} required autosize minRows={3} error={fieldError('whatHappened')} data-autofocus />
      <Textarea label={t('daily.incidents.actionsTaken')} value={actions} onChange={(e) => setActions(e.currentTarget.value)} autosize minRows={2} error={fieldError('actionsTaken')} />
    </ModalForm>
  );
}
