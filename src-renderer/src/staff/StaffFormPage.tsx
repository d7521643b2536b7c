import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, POSITIONS, type StaffDto } from '@core/staff/schema';
import { SEX } from '@core/person/schema';
import { settle } from '../data/callError';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { fullName } from '../format';
import { DateField } from '../ui/DateField';
import { RecordLoading } from '../ui/RecordPage';
import { FinInput, FormSection, RecordFormLayout, showSaveError, useFieldBinders, useFormErrors } from '../ui/RecordForm';
import { useCreateStaff, useUpdateStaff } from './mutations';
import { staffQueries } from './queries';
import { emptyStaffValues, staffInput, validateStaff, valuesFromStaff, type StaffFormValues } from './staffFormModel';
import { EDUCATION_LABEL, EMPLOYMENT_LABEL, POSITION_LABEL, STAFF_FIELD_LABEL, STAFF_SEX_LABEL } from '@core/staff/i18n/labels';

type Path = keyof StaffFormValues;

/** New staff member (no id) or edit (id), validated at the field with the core's own rules. */
export function StaffFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const detail = useQuery({ ...staffQueries.detail(id ?? ''), enabled: !!id });
  const record = id ? detail.data : undefined;
  if (id && !record) return <RecordLoading error={detail.error} title={t('staff.loadFailed')} />;
  // A newer version of the record (loaded again after a conflict) starts the form afresh.
  return <StaffForm key={record ? `${record.id}:${record.version}` : 'new'} record={record} onReload={() => void detail.refetch()} />;
}

function StaffForm({ record, onReload }: { record?: StaffDto; onReload(): void }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const today = info.today;
  const id = record?.id;
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const saving = create.isPending || update.isPending;
  const errors = useFormErrors();

  const form = useForm<StaffFormValues>({
    mode: 'controlled',
    initialValues: record ? valuesFromStaff(record) : emptyStaffValues(today),
    validate: (values) => validateStaff(values, today),
    validateInputOnChange: true,
  });
  const { input, date, choose, options } = useFieldBinders(form);

  // The dates are checked against each other: re-check the others when one changes.
  const { hiredDate, leftDate } = form.values;
  useEffect(() => {
    if (form.values.dateOfBirth) form.validateField('dateOfBirth');
    if (leftDate) form.validateField('leftDate');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hiredDate]);

  const save = async (values: StaffFormValues) => {
    errors.setFormError(null);
    const input = staffInput(values);
    const r = await settle(record ? update.mutateAsync({ ...input, id: record.id, version: record.version }) : create.mutateAsync(input));
    if (r.ok) {
      notifications.show({
        color: 'teal',
        title: t(id ? 'staff.form.updatedTitle' : 'staff.form.createdTitle'),
        message: t(id ? 'staff.form.updatedMessage' : 'staff.form.createdMessage', { name: fullName(r.value) }),
        closeButtonProps: { 'aria-label': t('common.close') },
      });
      form.resetDirty();
      navigate(paths.staffMember(r.value.id));
      return;
    }
    showSaveError(form, errors, r.error);
  };

  const label = (f: Path) => t(STAFF_FIELD_LABEL[f]);

  return (
    <RecordFormLayout
      form={form}
      errors={errors}
      title={record ? t('staff.form.editTitle', { name: fullName(record) }) : t('staff.form.newTitle')}
      saving={saving}
      onSave={(values) => void save(values)}
      onCancel={() => navigate(id ? paths.staffMember(id) : paths.staff())}
      onReload={onReload}
    >
      <FormSection legend={t('staff.sections.person')}>
        <TextInput label={label('lastName')} withAsterisk autoComplete="off" {...input('lastName')} />
        <TextInput label={label('firstName')} withAsterisk autoComplete="off" {...input('firstName')} />
        <TextInput label={label('patronymic')} description={t('staff.hints.patronymic')} autoComplete="off" {...input('patronymic')} />
        <Select label={label('sex')} withAsterisk data={options(SEX, STAFF_SEX_LABEL)} {...choose('sex')} />
        <DateField label={label('dateOfBirth')} {...date('dateOfBirth')} />
        <FinInput label={label('fin')} description={t('staff.hints.fin')} {...input('fin')} onValue={(v) => form.setFieldValue('fin', v)} />
      </FormSection>

      <FormSection legend={t('staff.sections.employment')}>
        <Select label={label('position')} withAsterisk searchable data={options(POSITIONS, POSITION_LABEL)} {...choose('position')} />
        <TextInput label={label('department')} description={t('staff.hints.department')} {...input('department')} />
        <Select label={label('employmentType')} data={options(EMPLOYMENT_TYPES, EMPLOYMENT_LABEL)} {...choose('employmentType')} />
        <DateField label={label('hiredDate')} withAsterisk {...date('hiredDate')} />
        <DateField label={label('leftDate')} description={t('staff.hints.leftDate')} {...date('leftDate')} />
      </FormSection>

      <FormSection legend={t('staff.sections.education')}>
        <Select
          label={label('education')}
          data={options(EDUCATION_LEVELS, EDUCATION_LABEL)}
          clearable
          comboboxProps={{ withinPortal: true }}
          {...input('education')}
          // Nothing chosen is '' in the form but null for the select (no clear button then).
          value={form.values.education || null}
          onChange={(v) => form.setFieldValue('education', (v ?? '') as StaffFormValues['education'])}
        />
        <TextInput label={label('qualification')} {...input('qualification')} />
      </FormSection>

      <FormSection legend={t('staff.sections.contacts')}>
        <TextInput label={label('phone')} type="tel" autoComplete="off" {...input('phone')} />
        <TextInput label={label('email')} type="email" autoComplete="off" {...input('email')} />
      </FormSection>

      <FormSection legend={t('staff.sections.notes')} single>
        <Textarea label={label('notes')} autosize minRows={3} maxRows={12} {...input('notes')} />
      </FormSection>
    </RecordFormLayout>
  );
}
