import { useEffect, useState } from 'react';
import { Badge, Button, Card, Checkbox, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type ContactKind, type FamilyContactDto } from '@core/daily/schema';
import { CONTACT_KIND_LABEL } from '@core/daily/i18n/labels';
import { RELATION_LABEL } from '@core/care/i18n/labels';
import type { RelativeDto } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { careQueries } from '../care/queries';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { timeNow, useFieldError } from './formBits';
import { useAddFamilyContact, useUpdateFamilyContact, useVoidFamilyContact } from './mutations';
import { dailyQueries } from './queries';

// The child's family contacts on the Daily log tab: a quick "Family contact" entry (relative,
// kind, date and time, supervised, how it went, the child's reaction, notes) and the list, newest
// first, each editable and voidable with a reason. A relative whose contact is restricted shows
// so in the picker; the core refuses the contact and names the decision.

const todayIso = () => new Date().toISOString().slice(0, 10);

export function FamilyContacts({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useAppInfo();
  const q = useQuery(dailyQueries.familyContacts(residentId));
  const relatives = useQuery(careQueries.relatives(residentId));
  const [editing, setEditing] = useState<FamilyContactDto | 'new' | null>(null);
  const [voiding, setVoiding] = useState<FamilyContactDto | null>(null);
  const writer = can('daily.write');
  return (
    <Stack gap="xs" data-testid="family-contacts">
      <Group justify="space-between">
        <Title order={4}>{t('daily.family.title')}</Title>
        {writer && (
          <Button variant="default" leftSection={<IconUsers size={18} aria-hidden />} onClick={() => setEditing('new')} data-testid="family-contact-add">
            {t('daily.family.add')}
          </Button>
        )}
      </Group>
      <CallErrorAlert error={q.error} title={t('daily.log.loadFailed')} />
      {q.data?.length === 0 && <Text c="dimmed">{t('daily.family.empty')}</Text>}
      {q.data?.map((c) => (
        <Card key={c.id} withBorder padding="xs" data-testid="family-contact" data-kind={c.kind}>
          <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={700}>{formatDate(c.date, locale)}</Text>
                {c.time && <Text size="sm">{c.time}</Text>}
                <Badge variant="light">{t(CONTACT_KIND_LABEL[c.kind])}</Badge>
                <Text size="sm" fw={600}>
                  {c.relativeName}
                </Text>
                {c.relation && (
                  <Text size="sm" c="dimmed">
                    {t(RELATION_LABEL[c.relation as keyof typeof RELATION_LABEL])}
                  </Text>
                )}
                {c.supervised && <Badge variant="outline" size="sm">{t('daily.family.supervisedYes')}</Badge>}
              </Group>
              {c.howItWent && <Text size="sm">{t('daily.family.fields.howItWent')}: {c.howItWent}</Text>}
              {c.childReaction && <Text size="sm">{t('daily.family.fields.childReaction')}: {c.childReaction}</Text>}
              {c.notes && <Text size="sm" c="dimmed">{c.notes}</Text>}
            </Stack>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {c.recordedBy}
              </Text>
              {writer && (
                <>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(c)}>
                    {t('daily.family.edit')}
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setVoiding(c)}>
                    {t('daily.family.void')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Card>
      ))}
      <ContactModal residentId={residentId} editing={editing} relatives={relatives.data ?? []} onClose={() => setEditing(null)} />
      <VoidModal contact={voiding} onClose={() => setVoiding(null)} />
    </Stack>
  );
}

function ContactModal(props: { residentId: string; editing: FamilyContactDto | 'new' | null; relatives: RelativeDto[]; onClose(): void }) {
  const { t } = useTranslation();
  const add = useAddFamilyContact();
  const update = useUpdateFamilyContact();
  const current = props.editing && props.editing !== 'new' ? props.editing : null;
  const m = current ? update : add;
  const [relativeId, setRelativeId] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [kind, setKind] = useState<ContactKind>('visit_institution');
  const [supervised, setSupervised] = useState(false);
  const [howItWent, setHowItWent] = useState('');
  const [childReaction, setChildReaction] = useState('');
  const [notes, setNotes] = useState('');
  useEffect(() => {
    if (!props.editing) return;
    const c = current;
    setRelativeId(c?.relativeId ?? null);
    setDate(c?.date ?? todayIso());
    setTime(c ? (c.time ?? '') : timeNow());
    setKind(c?.kind ?? 'visit_institution');
    setSupervised(c?.supervised ?? false);
    setHowItWent(c?.howItWent ?? '');
    setChildReaction(c?.childReaction ?? '');
    setNotes(c?.notes ?? '');
    add.reset();
    update.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.editing]);
  const fieldError = useFieldError(m.error);
  const relativeLabel = (r: RelativeDto) =>
    `${r.lastName} ${r.firstName} (${t(RELATION_LABEL[r.relation])})${r.contactRestricted ? ` — ${t('daily.family.restrictedBadge')}` : ''}`;
  const fields = { relativeId: relativeId ?? '', date, time: time || null, kind, supervised, howItWent, childReaction, notes };
  return (
    <ModalForm
      opened={props.editing !== null}
      title={current ? t('daily.family.editTitle') : t('daily.family.addTitle')}
      onClose={props.onClose}
      pending={m.isPending}
      error={m.error}
      errorTestId="family-contact-error"
      onSubmit={(e) => {
        e?.preventDefault();
        const done = {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('daily.family.saved') });
            props.onClose();
          },
        };
        if (current) update.mutate({ id: current.id, version: current.version, ...fields }, done);
        else add.mutate({ residentId: props.residentId, ...fields }, done);
      }}
    >
      {props.relatives.length === 0 && <Text c="dimmed">{t('daily.family.noRelatives')}</Text>}
      <Select
        label={t('daily.family.fields.relative')}
        data={props.relatives.filter((r) => r.alive !== 'no').map((r) => ({ value: r.id, label: relativeLabel(r) }))}
        value={relativeId}
        onChange={setRelativeId}
        required
        searchable
        error={fieldError('relativeId')}
        data-autofocus
        data-testid="family-contact-relative"
      />
      <Select
        label={t('daily.family.fields.kind')}
        data={CONTACT_KINDS.map((k) => ({ value: k, label: t(CONTACT_KIND_LABEL[k]) }))}
        value={kind}
        onChange={(v) => v && setKind(v as ContactKind)}
        allowDeselect={false}
        data-testid="family-contact-kind"
      />
      <Group grow align="flex-start">
        <DateField label={t('daily.family.fields.date')} value={date} onChange={setDate} required error={fieldError('date')} />
        <TextInput label={t('daily.family.fields.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} error={fieldError('time')} />
      </Group>
      <Checkbox label={t('daily.family.fields.supervised')} checked={supervised} onChange={(e) => setSupervised(e.currentTarget.checked)} />
      <Textarea label={t('daily.family.fields.howItWent')} value={howItWent} onChange={(e) => setHowItWent(e.currentTarget.value)} autosize minRows={2} error={fieldError('howItWent')} />
      <Textarea label={t('daily.family.fields.childReaction')} value={childReaction} onChange={(e) => setChildReaction(e.currentTarget.value)} autosize minRows={2} error={fieldError('childReaction')} />
      <Textarea label={t('daily.family.fields.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} error={fieldError('notes')} />
    </ModalForm>
  );
}

function VoidModal({ contact, onClose }: { contact: FamilyContactDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const voidIt = useVoidFamilyContact();
  const [reason, setReason] = useState('');
  useEffect(() => {
    setReason('');
    voidIt.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contact]);
  const fieldError = useFieldError(voidIt.error);
  return (
    <ModalForm
      opened={contact !== null}
      title={t('daily.family.voidTitle')}
      onClose={onClose}
      pending={voidIt.isPending}
      error={voidIt.error}
      saveLabel={t('daily.family.void')}
      onSubmit={(e) => {
        e?.preventDefault();
        if (!contact) return;
        voidIt.mutate(
          { id: contact.id, version: contact.version, reason },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('daily.family.voided') });
              onClose();
            },
          },
        );
      }}
    >
      <TextInput label={t('daily.family.fields.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={fieldError('reason')} data-autofocus />
    </ModalForm>
  );
}
