import { useEffect, useState } from 'react';
import { Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AllergyDto, FirstAidDto, PrescriptionDto } from '@core/daily/schema';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { useFieldError } from './formBits';
import { useStopPrescription, useVoidAllergy, useVoidFirstAid, useVoidPrescription } from './mutations';

// Correcting a child's medical records from the Health tab: "Void…" on a mistaken allergy,
// prescription or first-aid entry (the reason asked; the core keeps the entry, voided), and
// "Stop…" on a prescription the doctor stopped (its last day and the reason).

/** What is being voided: one row of one of the Health tab's lists. */
export type VoidTarget =
  | { kind: 'allergy'; row: AllergyDto }
  | { kind: 'prescription'; row: PrescriptionDto }
  | { kind: 'firstAid'; row: FirstAidDto };

const TITLE = { allergy: 'daily.fix.voidAllergyTitle', prescription: 'daily.fix.voidPrescriptionTitle', firstAid: 'daily.fix.voidFirstAidTitle' } as const;
const HELP = { allergy: 'daily.fix.voidAllergyHelp', prescription: 'daily.fix.voidPrescriptionHelp', firstAid: 'daily.fix.voidHelp' } as const;

function describe(target: VoidTarget, locale: ReturnType<typeof useLocale>): string {
  if (target.kind === 'allergy') return target.row.allergen;
  if (target.kind === 'prescription') return `${target.row.medicine} · ${target.row.dose}`;
  return `${formatDate(target.row.date, locale)} ${target.row.time} · ${target.row.whatHappened}`;
}

export function VoidMedicalModal({ target, onClose }: { target: VoidTarget | null; onClose(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const allergy = useVoidAllergy();
  const prescription = useVoidPrescription();
  const firstAid = useVoidFirstAid();
  const m = target?.kind === 'prescription' ? prescription : target?.kind === 'firstAid' ? firstAid : allergy;
  const [reason, setReason] = useState('');
  useEffect(() => {
    setReason('');
    allergy.reset();
    prescription.reset();
    firstAid.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);
  const fieldError = useFieldError(m.error);
  const done = {
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('daily.fix.voided') });
      onClose();
    },
  };
  return (
    <ModalForm
      opened={target !== null}
      title={target ? t(TITLE[target.kind]) : ''}
      onClose={onClose}
      pending={m.isPending}
      error={m.error}
      errorTestId="medical-void-error"
      saveLabel={t('daily.fix.voidConfirm')}
      saveIcon={<IconBan size={18} aria-hidden />}
      intro={
        target && (
          <>
            <Text fw={600}>{describe(target, locale)}</Text>
            <Text size="sm" c="dimmed">
              {t(HELP[target.kind])} {target.kind !== 'firstAid' && t('daily.fix.voidHelp')}
            </Text>
          </>
        )
      }
      onSubmit={(e) => {
        e?.preventDefault();
        if (!target) return;
        if (target.kind === 'allergy') allergy.mutate({ id: target.row.id, version: target.row.version, reason }, done);
        else if (target.kind === 'prescription') prescription.mutate({ id: target.row.id, version: target.row.version, reason }, done);
        else firstAid.mutate({ id: target.row.id, reason }, done);
      }}
    >
      <TextInput label={t('daily.fix.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={fieldError('reason')} data-autofocus data-testid="medical-void-reason" />
    </ModalForm>
  );
}

export function StopPrescriptionModal({ prescription, today, onClose }: { prescription: PrescriptionDto | null; today: string; onClose(): void }) {
  const { t } = useTranslation();
  const stop = useStopPrescription();
  const [endDate, setEndDate] = useState(today);
  const [reason, setReason] = useState('');
  useEffect(() => {
    setEndDate(today);
    setReason('');
    stop.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prescription]);
  const fieldError = useFieldError(stop.error);
  return (
    <ModalForm
      opened={prescription !== null}
      title={t('daily.fix.stopTitle')}
      onClose={onClose}
      pending={stop.isPending}
      error={stop.error}
      errorTestId="prescription-stop-error"
      saveLabel={t('daily.fix.stopConfirm')}
      saveIcon={<IconPlayerStop size={18} aria-hidden />}
      intro={
        prescription && (
          <>
            <Text fw={600}>
              {prescription.medicine} · {prescription.dose}
            </Text>
            <Text size="sm" c="dimmed">
              {t('daily.fix.stopHelp')}
            </Text>
          </>
        )
      }
      onSubmit={(e) => {
        e?.preventDefault();
        if (!prescription) return;
        stop.mutate(
          { id: prescription.id, version: prescription.version, endDate, reason },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('daily.fix.stopped') });
              onClose();
            },
          },
        );
      }}
    >
      <DateField label={t('daily.fix.stopDate')} value={endDate} onChange={setEndDate} required error={fieldError('endDate')} data-testid="prescription-stop-date" />
      <TextInput label={t('daily.fix.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={fieldError('reason')} data-autofocus data-testid="prescription-stop-reason" />
    </ModalForm>
  );
}
