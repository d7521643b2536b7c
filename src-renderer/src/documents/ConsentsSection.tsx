import { useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconPhoto, IconPhotoOff, IconPlus, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  ASSENT_AGE, CHILD_ASSENTS, CONSENT_GIVERS, CONSENT_PURPOSES, consentState,
  type AttachmentDto, type ChildAssent, type ConsentDto, type ConsentGiver, type ConsentPurpose,
} from '@core/documents/schema';
import { CHILD_ASSENT_LABEL, CONSENT_GIVER_LABEL, CONSENT_PURPOSE_LABEL, PHOTO_CONSENT_LABEL } from '@core/documents/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDate } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { useRecordConsent, useWithdrawConsent } from './mutations';
import { documentQueries } from './queries';

// The child's consents as data, on the Documents tab: where the photos consent stands (and what
// that changes: photos in what leaves the institution), each consent with who gave it, for what,
// shared with and withheld from whom, the child's assent, given and withdrawn; recording and
// withdrawing for the roles that handle the case (care.write).

type FieldErrors = (path: string) => string | undefined;

function useFieldErrors(error: unknown): FieldErrors {
  const tk = useDynamicT();
  return (path) => {
    const f = (error as { error?: { fields?: Array<{ path: string; message: string; params?: Record<string, string | number> }> } } | null)?.error?.fields?.find((x) => x.path === path);
    return f ? tk(f.message, f.params) : undefined;
  };
}

export function ConsentsSection({ residentId, documents }: { residentId: string; documents: AttachmentDto[] }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const { data, error } = useQuery(documentQueries.consents(residentId));
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentDto | null>(null);
  const photos = data ? consentState(data, 'photos') : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('documents.consent.title')} data-testid="consents">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {t('documents.consent.title')}
        </Title>
        {can('care.write') && (
          <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)} data-testid="add-consent">
            {t('documents.consent.add')}
          </Button>
        )}
      </Group>
      <CallErrorAlert error={error} />
      {photos && (
        <Alert
          variant="light"
          color={photos === 'given' ? 'teal' : 'orange'}
          icon={photos === 'given' ? <IconPhoto size={18} aria-hidden /> : <IconPhotoOff size={18} aria-hidden />}
          mb="sm"
          data-testid="photo-consent"
          data-state={photos}
        >
          {t(PHOTO_CONSENT_LABEL[photos])}
        </Alert>
      )}
      {data && data.length === 0 && <Text c="dimmed" fz="sm">{t('documents.consent.empty')}</Text>}
      <Stack gap="xs">
        {data?.map((c) => <ConsentCard key={c.id} c={c} onWithdraw={can('care.write') && !c.withdrawn ? () => setWithdrawing(c) : undefined} />)}
      </Stack>
      <RecordConsentModal residentId={residentId} documents={documents} opened={adding} onClose={() => setAdding(false)} />
      <WithdrawModal consent={withdrawing} onClose={() => setWithdrawing(null)} />
    </Paper>
  );
}

function ConsentCard({ c, onWithdraw }: { c: ConsentDto; onWithdraw?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="consent-row" data-purpose={c.purpose} data-in-force={c.inForce ? 'yes' : 'no'}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600} fz="sm">
              {t(CONSENT_PURPOSE_LABEL[c.purpose])}
              {c.purposeDetail ? `: ${c.purposeDetail}` : ''}
            </Text>
            {c.inForce && <Badge size="sm" color="teal" variant="light">{t('documents.consent.inForce')}</Badge>}
            {c.withdrawn && <Badge size="sm" color="gray">{t('documents.consent.withdrawnBadge')}</Badge>}
            {!c.withdrawn && c.childAssent === 'refused' && <Badge size="sm" color="orange" variant="light">{t('documents.consent.refusedBadge')}</Badge>}
          </Group>
          <Text fz="sm">
            {c.givenByName} ({t(CONSENT_GIVER_LABEL[c.givenByRole])}) · {t('documents.consent.given', { on: formatDate(c.givenOn, locale) })} · {t(CHILD_ASSENT_LABEL[c.childAssent])}
          </Text>
          {c.sharedWith && <Text fz="sm">{t('documents.consent.sharing', { who: c.sharedWith })}</Text>}
          {c.withheldFrom && (
            <Group gap={4}>
              <IconShieldX size={16} aria-hidden color="var(--mantine-color-red-7)" />
              <Text fz="sm" fw={600} data-testid="consent-withheld">{t('documents.consent.withheld', { who: c.withheldFrom })}</Text>
            </Group>
          )}
          {c.withdrawn && (
            <Text fz="xs" c="dimmed" data-testid="consent-withdrawn">
              {t('documents.consent.withdrawnText', { on: formatDate(c.withdrawn.on, locale), by: c.withdrawn.by, reason: c.withdrawn.reason })}
            </Text>
          )}
        </Stack>
        {onWithdraw && (
          <Button size="xs" variant="subtle" color="red" onClick={onWithdraw}>
            {t('documents.consent.withdraw')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

const EMPTY = {
  givenByName: '', givenByRole: '' as ConsentGiver | '', purpose: '' as ConsentPurpose | '', purposeDetail: '', sharedWith: '',
  withheldFrom: '', childAssent: '' as ChildAssent | '', givenOn: '', attachmentId: '',
};

function RecordConsentModal({ residentId, documents, opened, onClose }: { residentId: string; documents: AttachmentDto[]; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const recording = useRecordConsent();
  const fieldError = useFieldErrors(recording.error);
  const [v, setV] = useState(EMPTY);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (opened) {
      setV({ ...EMPTY, givenOn: info.today });
      setTouched(false);
      recording.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const scans = useMemo(
    () => documents.filter((d) => d.docType === 'consent' && !d.voided).map((d) => ({ value: d.id, label: d.title || d.fileName })),
    [documents],
  );
  const required = (x: string) => (touched && !x ? t('validation.required') : undefined);
  const chosen = (x: string) => (touched && !x ? t('validation.choose') : undefined);
  const save = (e?: React.FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (!v.givenByName.trim() || !v.givenByRole || !v.purpose || !v.childAssent || !v.givenOn) return;
    recording.mutate(
      { ...v, residentId, givenByRole: v.givenByRole, purpose: v.purpose, childAssent: v.childAssent, attachmentId: v.attachmentId || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('documents.consent.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
          onClose();
        },
      },
    );
  };
  const set = <K extends keyof typeof EMPTY>(k: K) => (x: (typeof EMPTY)[K]) => setV((s) => ({ ...s, [k]: x }));
  return (
    <ModalForm opened={opened} onClose={onClose} title={t('documents.consent.addTitle')} onSubmit={save} pending={recording.isPending} error={recording.error} errorTestId="consent-error">
      <TextInput label={t('documents.consent.givenByName')} value={v.givenByName} onChange={(e) => set('givenByName')(e.currentTarget.value)} withAsterisk maxLength={200} error={required(v.givenByName.trim()) ?? fieldError('givenByName')} />
      <Select
        label={t('documents.consent.givenByRole')}
        data={CONSENT_GIVERS.map((g) => ({ value: g, label: t(CONSENT_GIVER_LABEL[g]) }))}
        value={v.givenByRole || null}
        onChange={(x) => set('givenByRole')((x ?? '') as ConsentGiver | '')}
        withAsterisk
        allowDeselect={false}
        error={chosen(v.givenByRole)}
      />
      <Select
        label={t('documents.consent.purpose')}
        data={CONSENT_PURPOSES.map((p) => ({ value: p, label: t(CONSENT_PURPOSE_LABEL[p]) }))}
        value={v.purpose || null}
        onChange={(x) => set('purpose')((x ?? '') as ConsentPurpose | '')}
        withAsterisk
        allowDeselect={false}
        error={chosen(v.purpose)}
      />
      {(v.purpose === 'sharing' || v.purpose === 'other') && (
        <TextInput
          label={t('documents.consent.purposeDetail')}
          description={v.purpose === 'sharing' ? t('documents.consent.purposeDetailHint') : undefined}
          value={v.purposeDetail}
          onChange={(e) => set('purposeDetail')(e.currentTarget.value)}
          withAsterisk
          maxLength={300}
          error={fieldError('purposeDetail')}
        />
      )}
      <Textarea label={t('documents.consent.sharedWith')} value={v.sharedWith} onChange={(e) => set('sharedWith')(e.currentTarget.value)} autosize minRows={1} maxLength={500} />
      <Textarea label={t('documents.consent.withheldFrom')} value={v.withheldFrom} onChange={(e) => set('withheldFrom')(e.currentTarget.value)} autosize minRows={1} maxLength={500} />
      <Select
        label={t('documents.consent.childAssent')}
        description={t('documents.consent.childAssentHint', { age: ASSENT_AGE })}
        data={CHILD_ASSENTS.map((a) => ({ value: a, label: t(CHILD_ASSENT_LABEL[a]) }))}
        value={v.childAssent || null}
        onChange={(x) => set('childAssent')((x ?? '') as ChildAssent | '')}
        withAsterisk
        allowDeselect={false}
        error={chosen(v.childAssent) ?? fieldError('childAssent')}
      />
      <Group grow align="flex-start">
        <DateField label={t('documents.consent.givenOn')} value={v.givenOn} onChange={set('givenOn')} withAsterisk error={required(v.givenOn) ?? fieldError('givenOn')} />
        <Select
          label={t('documents.consent.scan')}
          data={scans}
          value={v.attachmentId || null}
          onChange={(x) => set('attachmentId')(x ?? '')}
          placeholder={t('documents.consent.noScan')}
          clearable
          error={fieldError('attachmentId')}
        />
      </Group>
    </ModalForm>
  );
}

function WithdrawModal({ consent, onClose }: { consent: ConsentDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const withdrawing = useWithdrawConsent();
  const fieldError = useFieldErrors(withdrawing.error);
  const [on, setOn] = useState('');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setOn(info.today);
    setReason('');
    setTouched(false);
    withdrawing.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [consent]);
  const save = (e?: React.FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (!consent || !reason.trim() || !on) return;
    withdrawing.mutate(
      { id: consent.id, withdrawnOn: on, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('documents.consent.withdrawDone'), closeButtonProps: { 'aria-label': t('common.close') } });
          onClose();
        },
      },
    );
  };
  return (
    <ModalForm
      opened={consent !== null}
      onClose={onClose}
      title={t('documents.consent.withdrawTitle')}
      size="md"
      intro={<Text fz="sm">{t('documents.consent.withdrawHint')}</Text>}
      onSubmit={save}
      pending={withdrawing.isPending}
      error={withdrawing.error}
      errorTestId="withdraw-error"
      saveLabel={t('documents.consent.withdraw')}
    >
      <DateField label={t('documents.consent.withdrawnOn')} value={on} onChange={setOn} withAsterisk error={(touched && !on ? t('validation.required') : undefined) ?? fieldError('withdrawnOn')} />
      <Textarea label={t('documents.consent.withdrawReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} withAsterisk autosize minRows={2} maxLength={500} error={(touched && !reason.trim() ? t('validation.required') : undefined) ?? fieldError('reason')} />
    </ModalForm>
  );
}
