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
} from '@core/residents/schema';
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
import { ADMISSION_BASIS_LABEL, DISABILITY_DEGREE_LABEL, LEGAL_STATUS_LABEL, RESIDENT_STATUS_LABEL, SEX_LABEL } from '@core/residents/i18n/labels';

/** New child (no id) or edit (id): a full page with the fields grouped as the paper file is. */
export function ResidentFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const detail = useQuery({ ...residentQueries.detail(id ?? ''), enabled: !!id });
  const groups = useQuery(residentQueries.groups()).data ?? [];
  const record = id ? detail.data : undefined;
  if (id && !record) return <RecordLoading error={detail.error} title={t('residents.form.loadFailed')} />;
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
          message: t('packages.delivery.closed.saved', { period: closed.period }),
          autoClose: false,
          closeButtonProps: { 'aria-label': t('common.close') },
        });
      }
      setClosed(null);
      notifications.show({
        color: 'teal',
        title: t(id ? 'residents.form.updatedTitle' : 'residents.form.createdTitle'),
        message: t(id ? 'residents.form.updatedMessage' : 'residents.form.createdMessage', { name: fullName(r.value) }),
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
      title={record ? t('residents.form.editTitle', { name: fullName(record) }) : t('residents.form.newTitle')}
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
        <FormSection legend={t('residents.form.sections.identity')}>
          <TextInput label={t('residents.form.fields.lastName')} withAsterisk autoComplete="off" {...input('lastName')} />
          <TextInput label={t('residents.form.fields.firstName')} withAsterisk autoComplete="off" {...input('firstName')} />
          <TextInput
            label={t('residents.form.fields.patronymic')}
            description={t('residents.form.hints.patronymic')}
            autoComplete="off"
            {...input('patronymic')}
          />
          <Select label={t('residents.form.fields.sex')} withAsterisk data={options(SEX, SEX_LABEL)} {...choose('sex')} />
          <DateField label={t('residents.form.fields.dateOfBirth')} withAsterisk {...date('dateOfBirth')} />
          <TextInput label={t('residents.form.fields.placeOfBirth')} {...input('placeOfBirth')} />
          <TextInput label={t('residents.form.fields.citizenship')} {...input('citizenship')} />
          <FinInput
            label={t('residents.form.fields.fin')}
            description={t('residents.form.hints.fin')}
            {...input('fin')}
            onValue={(v) => form.setFieldValue('fin', v)}
          />
          <TextInput
            label={t('residents.form.fields.birthCertificate')}
            description={t('residents.form.hints.birthCertificate')}
            autoComplete="off"
            {...input('birthCertificate')}
          />
        </FormSection>

        <FormSection legend={t('residents.form.sections.legal')}>
          <Select
            label={t('residents.form.fields.legalStatus')}
            withAsterisk
            data={options(LEGAL_STATUSES, LEGAL_STATUS_LABEL)}
            {...choose('legalStatus')}
          />
        </FormSection>

        <FormSection legend={t('residents.form.sections.disability')}>
          <Checkbox
            label={t('residents.form.fields.disability')}
            {...form.getInputProps('disability', { type: 'checkbox' })}
            data-path="disability"
            mt="xs"
          />
          {form.values.disability && (
            <Select
              label={t('residents.form.fields.disabilityDegree')}
              data={options(DISABILITY_DEGREES, DISABILITY_DEGREE_LABEL)}
              clearable
              {...input('disabilityDegree')}
            />
          )}
          {form.values.disability && seeMedical && (
            <Textarea
              label={t('residents.form.fields.disabilityDiagnosis')}
              autosize
              minRows={2}
              {...input('disabilityDiagnosis')}
            />
          )}
          {/* Not for this role: said in words (an empty box would read as "no diagnosis"). */}
          {form.values.disability && !seeMedical && (
            <Input.Wrapper label={t('residents.form.fields.disabilityDiagnosis')}>
              <Text fz="sm" c="dimmed" mt={6} data-testid="diagnosis-hidden">
                {t('audit.history.hidden')}
              </Text>
            </Input.Wrapper>
          )}
        </FormSection>

        <FormSection legend={t('residents.form.sections.placement')}>
          {/* A registered child's status follows the care episodes (the Care tab), never this form. */}
          <Select
            label={t('residents.form.fields.status')}
            data={options(RESIDENT_STATUSES, RESIDENT_STATUS_LABEL)}
            {...choose('status')}
            disabled={!!id}
            description={id ? t('care.statusFromEpisodes') : undefined}
          />
          <Autocomplete
            label={t('residents.form.fields.groupName')}
            data={groups}
            {...input('groupName')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('residents.form.fields.room')} {...input('room')} />
          <TextInput label={t('residents.form.fields.keyWorker')} {...input('keyWorker')} />
          <DateField label={t('residents.form.fields.admissionDate')} withAsterisk {...date('admissionDate')} />
          <Select
            label={t('residents.form.fields.admissionBasis')}
            data={options(ADMISSION_BASES, ADMISSION_BASIS_LABEL)}
            {...choose('admissionBasis')}
            className={wideField}
          />
          <TextInput label={t('residents.form.fields.admissionDecisionNumber')} {...input('admissionDecisionNumber')} />
          <DateField label={t('residents.form.fields.admissionDecisionDate')} {...date('admissionDecisionDate')} />
          <TextInput label={t('residents.form.fields.admissionAuthority')} {...input('admissionAuthority')} />
        </FormSection>

        <FormSection legend={t('residents.form.sections.notes')} single>
          <Textarea label={t('residents.form.fields.notes')} autosize minRows={3} maxRows={12} {...input('notes')} />
        </FormSection>
    </RecordFormLayout>
  );
}
