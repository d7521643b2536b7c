import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffTrainingDto } from '@core/staff/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { useDynamicT } from '../i18n';
import { DateField } from '../ui/DateField';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';
import { emptyTrainingValues, trainingInput, validateTraining, valuesFromTraining, type TrainingFormValues } from './trainingModel';
import { TRAINING_FIELD_LABEL } from '@core/staff/i18n/labels';

/** Adds a training (training null) or edits one. */
export function TrainingModal({
  opened,
  staffId,
  training,
  onClose,
  onSaved,
}: {
  opened: boolean;
  staffId: string;
  training: StaffTrainingDto | null;
  onClose(): void;
  onSaved(t: StaffTrainingDto): void;
}) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const { info } = useAppInfo();
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<TrainingFormValues>({
    mode: 'controlled',
    initialValues: emptyTrainingValues(),
    validate: (v) => validateTraining(v, info.today),
    validateInputOnChange: true,
  });

  useEffect(() => {
    if (!opened) return;
    const v = training ? valuesFromTraining(training) : emptyTrainingValues();
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, training]);

  const save = async (v: TrainingFormValues) => {
    setBusy(true);
    setError(null);
    const input = trainingInput(v);
    const r = training
      ? await api().call('staff.trainingUpdate', { ...input, id: training.id, version: training.version })
      : await api().call('staff.trainingAdd', { ...input, staffId });
    setBusy(false);
    if (r.ok) return onSaved(r.value);
    if (r.error.fields?.length) form.setErrors(issuesToErrors(r.error.fields));
    setError(r.error);
  };

  const input = (path: keyof TrainingFormValues) => ({ ...form.getInputProps(path), error: errText(form.errors[path]) });
  const label = (f: keyof TrainingFormValues) => t(TRAINING_FIELD_LABEL[f]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={training ? t('staff.training.editTitle') : t('staff.training.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form noValidate onSubmit={form.onSubmit((v) => void save(v))}>
        <Stack gap="md">
          {error && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {tk(error.message, error.params)}
            </Alert>
          )}
          <TextInput label={label('title')} withAsterisk data-autofocus {...input('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextInput label={label('provider')} {...input('provider')} />
            <DateField
              label={label('date')}
              withAsterisk
              value={form.values.date}
              onChange={(v) => form.setFieldValue('date', v)}
              onBlur={() => form.validateField('date')}
              error={errText(form.errors.date)}
            />
            <NumberInput label={label('hours')} min={0} max={2000} decimalScale={1} {...input('hours')} />
            <TextInput label={label('certificateNumber')} {...input('certificateNumber')} />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
