import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Autocomplete, Checkbox, Input, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  ADMISSION_BASES,
  DISABILITY_DEGREES,
  LEGAL_STATUSES,
  RESIDENT_STATUSES,
  SEX,
  type DuplicateCandidate,
  type ResidentDto,
} from '../../../src-main/core/residents/schema';
import { settle } from '../data/callError';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { fullName } from '../format';
import { DateField } from '../ui/DateField';
import { RecordLoading } from '../ui/RecordPage';
import { FinInput, FormSection, RecordFormLayout, showSaveError, useFieldBinders, useFormErrors, wideField } from '../ui/RecordForm';
import { DuplicateDialog } from './DuplicateDialog';
import { ClosedPeriodDialog, closedPeriodOf, type ClosedPeriodInfo } from '../packages/ClosedPeriodDialog';
import {
  emptyResidentValues,
  residentInput,
  validateResident,
  valuesFromResident,
  type ResidentFormValues,
} from './formModel';
import { useCreateResident, useUpdateResident } from './mutations';
import { residentQueries } from './queries';

/** New child (no id) or edit (id): a full page with the fields grouped as the paper file is. */
export function ResidentFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const detail = useQuery({ ...residentQueries.detail(id ?? ''), enabled: !!id });
  const groups = useQuery(residentQueries.groups()).data ?? [];
  const record = id ? detail.data : undefined;
  if (id && !record) return <RecordLoading error={detail.error} title={t('residentForm.loadFailed')} />;
  // A newer version of the record (loaded again after a conflict) starts the form afresh.
  return (
    <ResidentForm
      key={record ? `${record.id}:${record.version}` : 'new'}
      record={record}
      groups={groups}
      onReload={() => void detail.refetch()}
    />
  );
}

function ResidentForm({ record, groups, onReload }: { record?: ResidentDto; groups: string[]; onReload(): void }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const today = info.today;
  const id = record?.id;
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  // A closed period (its package exported) answered the save: the reason is asked, then re-sent.
  const [closed, setClosed] = useState<(ClosedPeriodInfo & { confirmDuplicate: boolean }) | null>(null);
  const create = useCreateResident();
  const update = useUpdateResident();
  const saving = create.isPending || update.isPending;
  const errors = useFormErrors();
  const seeMedical = can('residents.medical');

  const form = useForm<ResidentFormValues>({
    mode: 'controlled',
    initialValues: record ? valuesFromResident(record) : emptyResidentValues(today),
    validate: (values) => validateResident(values, today),
    validateInputOnChange: true,
  });
  const { input, date, choose, options } = useFieldBinders(form);

  // Date of birth is checked against the admission date: re-check it when that date changes.
  const { dateOfBirth, admissionDate } = form.values;
  useEffect(() => {
    if (dateOfBirth) form.validateField('dateOfBirth');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [admissionDate]);

  const save = async (values: ResidentFormValues, confirmDuplicate = false, reason?: string) => {
    errors.setFormError(null);
    const input = { ...residentInput(values, { withDiagnosis: seeMedical }), confirmDuplicate };
    const r = await settle(
      record
        ? update.mutateAsync({ ...input, id: record.id, version: record.version, ...(reason ? { reason } : {}) })
        : create.mutateAsync({ ...input, ...(reason ? { reason } : {}) }),
    );
    if (r.ok) {
      setDuplicates(null);
      if (reason && closed) {
        notifications.show({
          color: 'orange',
          message: t('deliveryUi.closed.saved', { period: closed.period }),
          autoClose: false,
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      }
      setClosed(null);
      notifications.show({
        color: 'teal',
        title: t(id ? 'residentForm.updatedTitle' : 'residentForm.createdTitle'),
        message: t(id ? 'residentForm.updatedMessage' : 'residentForm.createdMessage', { name: fullName(r.value) }),
        closeButtonProps: { 'aria-label': t('common.close') },
      });
      form.resetDirty();
      navigate(paths.child(r.value.id));
      return;
    }
    const e = r.error;
    if (e.code === 'duplicate') {
      setDuplicates((e.details as DuplicateCandidate[] | undefined) ?? []);
      return;
    }
    setDuplicates(null);
    const closedBy = closedPeriodOf(e);
    if (closedBy) {
      setClosed({ ...closedBy, confirmDuplicate });
      return;
    }
    setClosed(null);
    showSaveError(form, errors, e);
  };

  return (
    <RecordFormLayout
      form={form}
      errors={errors}
      title={record ? t('residentForm.editTitle', { name: fullName(record) }) : t('residentForm.newTitle')}
      saving={saving}
      onSave={(values) => void save(values)}
      onCancel={() => navigate(id ? paths.child(id) : paths.children())}
      onReload={onReload}
      dialogs={
        <>
          <DuplicateDialog
            candidates={duplicates}
            editing={!!id}
            saving={saving}
            onCancel={() => setDuplicates(null)}
            onConfirm={() => void save(form.getValues(), true)}
          />
          <ClosedPeriodDialog
            closed={closed}
            saving={saving}
            onCancel={() => setClosed(null)}
            onConfirm={(reason) => void save(form.getValues(), closed?.confirmDuplicate ?? false, reason)}
          />
        </>
      }
    >
        <FormSection legend={t('residentForm.sections.identity')}>
          <TextInput label={t('residentForm.fields.lastName')} withAsterisk autoComplete="off" {...input('lastName')} />
          <TextInput label={t('residentForm.fields.firstName')} withAsterisk autoComplete="off" {...input('firstName')} />
          <TextInput
            label={t('residentForm.fields.patronymic')}
            description={t('residentForm.hints.patronymic')}
            autoComplete="off"
            {...input('patronymic')}
          />
          <Select label={t('residentForm.fields.sex')} withAsterisk data={options(SEX, 'enums.sex')} {...choose('sex')} />
          <DateField label={t('residentForm.fields.dateOfBirth')} withAsterisk {...date('dateOfBirth')} />
          <TextInput label={t('residentForm.fields.placeOfBirth')} {...input('placeOfBirth')} />
          <TextInput label={t('residentForm.fields.citizenship')} {...input('citizenship')} />
          <FinInput
            label={t('residentForm.fields.fin')}
            description={t('residentForm.hints.fin')}
            {...input('fin')}
            onValue={(v) => form.setFieldValue('fin', v)}
          />
          <TextInput
            label={t('residentForm.fields.birthCertificate')}
            description={t('residentForm.hints.birthCertificate')}
            autoComplete="off"
            {...input('birthCertificate')}
          />
        </FormSection>

        <FormSection legend={t('residentForm.sections.legal')}>
          <Select
            label={t('residentForm.fields.legalStatus')}
            withAsterisk
            data={options(LEGAL_STATUSES, 'enums.legalStatus')}
            {...choose('legalStatus')}
          />
        </FormSection>

        <FormSection legend={t('residentForm.sections.disability')}>
          <Checkbox
            label={t('residentForm.fields.disability')}
            {...form.getInputProps('disability', { type: 'checkbox' })}
            data-path="disability"
            mt="xs"
          />
          {form.values.disability && (
            <Select
              label={t('residentForm.fields.disabilityDegree')}
              data={options(DISABILITY_DEGREES, 'enums.disabilityDegree')}
              clearable
              {...input('disabilityDegree')}
            />
          )}
          {form.values.disability && seeMedical && (
            <Textarea
              label={t('residentForm.fields.disabilityDiagnosis')}
              autosize
              minRows={2}
              {...input('disabilityDiagnosis')}
            />
          )}
          {/* Not for this role: said in words (an empty box would read as "no diagnosis"). */}
          {form.values.disability && !seeMedical && (
            <Input.Wrapper label={t('residentForm.fields.disabilityDiagnosis')}>
              <Text fz="sm" c="dimmed" mt={6} data-testid="diagnosis-hidden">
                {t('residentPage.history.hidden')}
              </Text>
            </Input.Wrapper>
          )}
        </FormSection>

        <FormSection legend={t('residentForm.sections.placement')}>
          <Select label={t('residentForm.fields.status')} data={options(RESIDENT_STATUSES, 'enums.status')} {...choose('status')} />
          <Autocomplete
            label={t('residentForm.fields.groupName')}
            data={groups}
            {...input('groupName')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('residentForm.fields.room')} {...input('room')} />
          <TextInput label={t('residentForm.fields.keyWorker')} {...input('keyWorker')} />
          <DateField label={t('residentForm.fields.admissionDate')} withAsterisk {...date('admissionDate')} />
          <Select
            label={t('residentForm.fields.admissionBasis')}
            data={options(ADMISSION_BASES, 'enums.admissionBasis')}
            {...choose('admissionBasis')}
            className={wideField}
          />
          <TextInput label={t('residentForm.fields.admissionDecisionNumber')} {...input('admissionDecisionNumber')} />
          <DateField label={t('residentForm.fields.admissionDecisionDate')} {...date('admissionDecisionDate')} />
          <TextInput label={t('residentForm.fields.admissionAuthority')} {...input('admissionAuthority')} />
        </FormSection>

        <FormSection legend={t('residentForm.sections.notes')} single>
          <Textarea label={t('residentForm.fields.notes')} autosize minRows={3} maxRows={12} {...input('notes')} />
        </FormSection>
    </RecordFormLayout>
  );
}
