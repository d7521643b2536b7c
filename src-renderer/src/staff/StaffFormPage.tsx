import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Fieldset, Group, Loader, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, POSITIONS, type StaffDto } from '../../../src-main/core/staff/schema';
import { SEX } from '../../../src-main/core/residents/schema';
import type { CallError } from '../../../src-main/core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { fullName } from '../format';
import { useDynamicT } from '../i18n';
import { DateField } from '../ui/DateField';
import { FormErrorAlert } from '../ui/FormErrorAlert';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';
// The same page layout as the child's form: sections, sticky Save/Cancel bar.
import classes from '../residents/ResidentFormPage.module.css';
import { emptyStaffValues, staffInput, validateStaff, valuesFromStaff, type StaffFormValues } from './staffFormModel';

type Path = keyof StaffFormValues;

/** New staff member (no id) or edit (id), validated at the field with the core's own rules. */
export function StaffFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const { info } = useAppInfo();
  const today = info.today;
  const [record, setRecord] = useState<StaffDto | null>(null);
  const [loadError, setLoadError] = useState<CallError | null>(null);
  const [formError, setFormError] = useState<CallError | null>(null);
  const [saving, setSaving] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  const form = useForm<StaffFormValues>({
    mode: 'controlled',
    initialValues: emptyStaffValues(today),
    validate: (values) => validateStaff(values, today),
    validateInputOnChange: true,
  });

  const load = async () => {
    if (!id) return;
    const r = await api().call('staff.get', { id });
    if (!r.ok) return setLoadError(r.error);
    setRecord(r.value);
    const v = valuesFromStaff(r.value);
    form.setInitialValues(v);
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // The dates are checked against each other: re-check the others when one changes.
  const { hiredDate, leftDate } = form.values;
  useEffect(() => {
    if (form.values.dateOfBirth) form.validateField('dateOfBirth');
    if (leftDate) form.validateField('leftDate');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hiredDate]);

  const focusFirstError = () =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
  const showFormError = (e: CallError, focusAlert = true) => {
    setFormError(e);
    if (focusAlert) requestAnimationFrame(() => alertRef.current?.focus());
  };

  const save = async (values: StaffFormValues) => {
    setSaving(true);
    setFormError(null);
    const input = staffInput(values);
    const r = id && record
      ? await api().call('staff.update', { ...input, id, version: record.version })
      : await api().call('staff.create', input);
    setSaving(false);
    if (r.ok) {
      notifications.show({
        color: 'teal',
        title: t(id ? 'residentForm.updatedTitle' : 'staffUi.form.createdTitle'),
        message: t(id ? 'residentForm.updatedMessage' : 'staffUi.form.createdMessage', { name: fullName(r.value) }),
        closeButtonProps: { 'aria-label': t('common.close') },
      });
      form.resetDirty();
      navigate(paths.staffMember(r.value.id));
      return;
    }
    if (r.error.fields?.length) {
      form.setErrors(issuesToErrors(r.error.fields));
      focusFirstError();
    }
    showFormError(r.error, !r.error.fields?.length);
  };

  if (loadError) {
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title={t('staffUi.loadFailed')}>
        {tk(loadError.message, loadError.params)}
      </Alert>
    );
  }
  if (id && !record) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  const input = (path: Path) => ({ ...form.getInputProps(path), error: errText(form.errors[path]), 'data-path': path });
  const date = (path: 'dateOfBirth' | 'hiredDate' | 'leftDate') => ({
    value: form.values[path],
    onChange: (v: string) => form.setFieldValue(path, v),
    onBlur: () => form.validateField(path),
    error: errText(form.errors[path]),
    'data-path': path,
  });
  const choose = (path: Path) => ({ ...input(path), allowDeselect: false, comboboxProps: { withinPortal: true } });
  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ value: v, label: tk(`${prefix}.${v}`) }));
  const label = (f: Path) => t(`staffUi.fields.${f}`);
  const stale = formError?.code === 'conflict' && formError.message === 'errors.staleVersion';

  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={form.onSubmit(
        (values) => void save(values),
        () => {
          showFormError({ code: 'invalid', message: 'errors.invalid' }, false);
          focusFirstError();
        },
      )}
    >
      <Stack gap="lg" pb="xl">
        <div>
          <Title order={1} fz="h2">
            {id && record ? t('residentForm.editTitle', { name: fullName(record) }) : t('staffUi.form.newTitle')}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('residentForm.requiredHint')}
          </Text>
        </div>

        {formError && (
          <FormErrorAlert
            error={formError}
            alertRef={alertRef}
            onReload={stale ? () => { setFormError(null); void load(); } : undefined}
          />
        )}

        <Section legend={t('staffUi.sections.person')}>
          <TextInput label={label('lastName')} withAsterisk autoComplete="off" {...input('lastName')} />
          <TextInput label={label('firstName')} withAsterisk autoComplete="off" {...input('firstName')} />
          <TextInput label={label('patronymic')} description={t('residentForm.hints.patronymic')} autoComplete="off" {...input('patronymic')} />
          <Select label={label('sex')} withAsterisk data={options(SEX, 'staff.sex')} {...choose('sex')} />
          <DateField label={label('dateOfBirth')} {...date('dateOfBirth')} />
          <TextInput
            label={label('fin')}
            description={t('staffUi.hints.fin')}
            maxLength={7}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontVariantNumeric: 'slashed-zero', letterSpacing: '0.05em' } }}
            {...input('fin')}
            onChange={(e) => form.setFieldValue('fin', e.currentTarget.value.toUpperCase())}
          />
        </Section>

        <Section legend={t('staffUi.sections.employment')}>
          <Select label={label('position')} withAsterisk searchable data={options(POSITIONS, 'staff.position')} {...choose('position')} />
          <TextInput label={label('department')} description={t('staffUi.hints.department')} {...input('department')} />
          <Select label={label('employmentType')} data={options(EMPLOYMENT_TYPES, 'staff.employment')} {...choose('employmentType')} />
          <DateField label={label('hiredDate')} withAsterisk {...date('hiredDate')} />
          <DateField label={label('leftDate')} description={t('staffUi.hints.leftDate')} {...date('leftDate')} />
        </Section>

        <Section legend={t('staffUi.sections.education')}>
          <Select
            label={label('education')}
            data={options(EDUCATION_LEVELS, 'staff.education')}
            clearable
            comboboxProps={{ withinPortal: true }}
            {...input('education')}
            // Nothing chosen is '' in the form but null for the select (no clear button then).
            value={form.values.education || null}
            onChange={(v) => form.setFieldValue('education', (v ?? '') as StaffFormValues['education'])}
          />
          <TextInput label={label('qualification')} {...input('qualification')} />
        </Section>

        <Section legend={t('staffUi.sections.contacts')}>
          <TextInput label={label('phone')} type="tel" autoComplete="off" {...input('phone')} />
          <TextInput label={label('email')} type="email" autoComplete="off" {...input('email')} />
        </Section>

        <Fieldset legend={t('residentForm.sections.notes')} className={classes.section}>
          <Textarea label={label('notes')} autosize minRows={3} maxRows={12} {...input('notes')} />
        </Fieldset>
      </Stack>

      <Group className={classes.actions} justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => navigate(id ? paths.staffMember(id) : paths.staff())}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} className={classes.section}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
    </Fieldset>
  );
}
