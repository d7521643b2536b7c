import { useEffect } from 'react';
import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { StaffTrainingDto } from '@core/staff/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { CallFailure } from '../data/callError';
import { DateField } from '../ui/DateField';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';
import { ModalForm } from '../ui/ModalForm';
import { useSaveTraining } from './mutations';
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
  const errText = useFieldErrorText();
  const { info } = useAppInfo();
  const saving = useSaveTraining(staffId, training);
  const form = useForm<TrainingFormValues>({
    mode: 'controlled',
    initialValues: emptyTrainingValues(),
    validate: (v) => validateTraining(v, info.today),
    validateInputOnChange: true,
  });

  // Each opening starts from the training (or an empty one), without the last refusal.
  useEffect(() => {
    if (!opened) return;
    const v = training ? valuesFromTraining(training) : emptyTrainingValues();
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
    saving.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, training]);

  const save = (v: TrainingFormValues) =>
    saving.mutate(trainingInput(v), {
      onSuccess: onSaved,
      onError: (e) => {
        if (e instanceof CallFailure && e.fields?.length) form.setErrors(issuesToErrors(e.fields));
      },
    });

  const input = (path: keyof TrainingFormValues) => ({ ...form.getInputProps(path), error: errText(form.errors[path]) });
  const label = (f: keyof TrainingFormValues) => t(TRAINING_FIELD_LABEL[f]);
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={training ? t('staff.training.editTitle') : t('staff.training.addTitle')}
      onSubmit={form.onSubmit(save)}
      pending={saving.isPending}
      error={saving.error}
    >
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
    </ModalForm>
  );
}
