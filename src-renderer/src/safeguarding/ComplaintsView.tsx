import { useEffect, useState } from 'react';
import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_ABOUT, type ComplaintAbout, type ComplaintDto } from '@core/safeguarding/schema';
import { COMPLAINT_ABOUT_LABEL } from '@core/safeguarding/i18n/labels';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { useFieldError } from '../daily/formBits';
import { ChildSelect } from './ChildSelect';
import { useRecordComplaint, useUpdateComplaint } from './mutations';
import { safeguardingQueries } from './queries';
import { VoidButton } from './VoidButton';

// Complaints by or about a child: the open ones (the closed on demand), how long each has been
// open, and the actions and outcome that close it.

export function ComplaintsView({ today }: { today: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const [creating, setCreating] = useState(false);
  const q = useQuery(safeguardingQueries.complaints(all ? 'all' : 'open'));
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Switch label={t('safeguarding.complaints.showAll')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)} data-testid="complaint-new">
          {t('safeguarding.complaints.new')}
        </Button>
      </Group>
      <CallErrorAlert error={q.error} title={t('safeguarding.complaints.loadFailed')} />
      {q.data?.length === 0 && <Text c="dimmed">{t(all ? 'safeguarding.complaints.emptyAll' : 'safeguarding.complaints.empty')}</Text>}
      {q.data?.map((c) => <ComplaintCard key={c.id} c={c} today={today} />)}
      <ComplaintModal opened={creating} today={today} onClose={() => setCreating(false)} />
    </Stack>
  );
}

export function ComplaintCard({ c, today }: { c: ComplaintDto; today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder padding="sm" data-testid="complaint" data-status={c.closedDate ? 'closed' : 'open'}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: 1 }}>
          <Group gap="xs">
            <Text fw={700}>{formatDate(c.receivedDate, locale)}</Text>
            <Text fw={600}>{fullName(c.child)}</Text>
            <Badge variant="light">{t(COMPLAINT_ABOUT_LABEL[c.about])}</Badge>
            <Badge color={c.closedDate ? 'gray' : 'blue'} variant="outline">
              {c.closedDate ? `${t('safeguarding.complaints.closed')} ${formatDate(c.closedDate, locale)}` : t('safeguarding.complaints.open')}
            </Badge>
            {!c.closedDate && c.daysOpen > 0 && <Text size="sm" c="dimmed">{t('safeguarding.complaints.daysOpen', { count: c.daysOpen })}</Text>}
            {c.overdue && (
              <Badge color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                {t('safeguarding.complaints.overdue')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t(c.byChild ? 'safeguarding.complaints.byChild' : 'safeguarding.complaints.aboutChild')} · {t('safeguarding.complaints.complainant')}: {c.complainant}
            {c.personOfTrust ? ` · ${t('safeguarding.complaints.personOfTrust')}: ${c.personOfTrust}` : ''}
          </Text>
          <Text size="sm">{c.details}</Text>
          {c.actions && <Text size="sm" c="dimmed">{t('safeguarding.complaints.actions')}: {c.actions}</Text>}
          {c.outcome && <Text size="sm" c="dimmed">{t('safeguarding.complaints.outcome')}: {c.outcome}</Text>}
        </Stack>
        <Stack gap="xs">
          {!c.closedDate && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)} data-testid="complaint-edit">
              {t('safeguarding.complaints.edit')}
            </Button>
          )}
          <VoidButton kind="complaint" id={c.id} version={c.version} />
        </Stack>
      </Group>
      <ComplaintUpdateModal c={c} today={today} opened={editing} onClose={() => setEditing(false)} />
    </Card>
  );
}

function ComplaintUpdateModal({ c, today, opened, onClose }: { c: ComplaintDto; today: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const update = useUpdateComplaint();
  const fieldError = useFieldError(update.error);
  const [actions, setActions] = useState(c.actions);
  const [outcome, setOutcome] = useState(c.outcome);
  const [closed, setClosed] = useState('');
  useEffect(() => {
    if (opened) {
      setActions(c.actions);
      setOutcome(c.outcome);
      setClosed('');
      update.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  return (
    <ModalForm
      opened={opened}
      title={t('safeguarding.complaints.edit')}
      onClose={onClose}
      pending={update.isPending}
      error={update.error}
      onSubmit={(e) => {
        e?.preventDefault();
        update.mutate({ id: c.id, version: c.version, actions, outcome, closedDate: closed || null }, { onSuccess: () => { notifications.show({ color: 'teal', message: t('safeguarding.complaints.saved') }); onClose(); } });
      }}
    >
      <Textarea label={t('safeguarding.complaints.actions')} value={actions} onChange={(e) => setActions(e.currentTarget.value)} autosize minRows={2} error={fieldError('actions')} data-autofocus />
      <Textarea label={t('safeguarding.complaints.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} autosize minRows={2} error={fieldError('outcome')} />
      <DateField label={t('safeguarding.complaints.closedDate')} value={closed} onChange={setClosed} error={fieldError('closedDate')} w={200} />
      {closed === '' && (
        <Button variant="subtle" size="xs" onClick={() => setClosed(today)} w="fit-content">
          {t('safeguarding.complaints.closedDate')}: {today}
        </Button>
      )}
    </ModalForm>
  );
}

function ComplaintModal({ opened, today, onClose }: { opened: boolean; today: string; onClose(): void }) {
  const { t } = useTranslation();
  const create = useRecordComplaint();
  const fieldError = useFieldError(create.error);
  const [residentId, setResidentId] = useState<string | null>(null);
  const [byChild, setByChild] = useState('child');
  const [complainant, setComplainant] = useState('');
  const [receivedDate, setReceivedDate] = useState(today);
  const [about, setAbout] = useState<ComplaintAbout | null>(null);
  const [details, setDetails] = useState('');
  const [trust, setTrust] = useState('');
  const [actions, setActions] = useState('');
  useEffect(() => {
    if (opened) {
      setResidentId(null); setByChild('child'); setComplainant(''); setReceivedDate(today); setAbout(null); setDetails(''); setTrust(''); setActions('');
      create.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  return (
    <ModalForm
      opened={opened}
      title={t('safeguarding.complaints.new')}
      onClose={onClose}
      pending={create.isPending}
      error={create.error}
      errorTestId="complaint-error"
      onSubmit={(e) => {
        e?.preventDefault();
        create.mutate(
          { residentId: residentId ?? '', byChild: byChild === 'child', complainant, receivedDate, about: about as ComplaintAbout, details, personOfTrust: trust, actions },
          { onSuccess: () => { notifications.show({ color: 'teal', message: t('safeguarding.complaints.recorded') }); onClose(); } },
        );
      }}
    >
      <ChildSelect label={t('safeguarding.complaints.child')} value={residentId} onChange={setResidentId} error={fieldError('residentId')} enabled={opened} testId="complaint-child" />
      <SegmentedControl
        value={byChild}
        onChange={setByChild}
        data={[{ value: 'child', label: t('safeguarding.complaints.byChild') }, { value: 'other', label: t('safeguarding.complaints.aboutChild') }]}
      />
      <Group grow align="flex-start">
        <TextInput label={t('safeguarding.complaints.complainant')} value={complainant} onChange={(e) => setComplainant(e.currentTarget.value)} required error={fieldError('complainant')} />
        <DateField label={t('safeguarding.complaints.receivedDate')} value={receivedDate} onChange={setReceivedDate} required error={fieldError('receivedDate')} />
      </Group>
      <Select
        label={t('safeguarding.complaints.about')}
        data={COMPLAINT_ABOUT.map((a) => ({ value: a, label: t(COMPLAINT_ABOUT_LABEL[a]) }))}
        value={about}
        onChange={(x) => setAbout(x as ComplaintAbout | null)}
        required
        error={fieldError('about')}
      />
      <Textarea label={t('safeguarding.complaints.details')} value={details} onChange={(e) => setDetails(e.currentTarget.value)} required autosize minRows={3} error={fieldError('details')} />
      <TextInput label={t('safeguarding.complaints.personOfTrust')} value={trust} onChange={(e) => setTrust(e.currentTarget.value)} error={fieldError('personOfTrust')} />
      <Textarea label={t('safeguarding.complaints.actions')} value={actions} onChange={(e) => setActions(e.currentTarget.value)} autosize minRows={2} error={fieldError('actions')} />
    </ModalForm>
  );
}
