import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_TYPES } from '@core/institution/schema';
import { useDynamicT } from '../i18n';
import { useFieldErrorText } from '../ui/fieldErrors';
import type { InstitutionFormValues } from './institutionModel';
import { INSTITUTION_TYPE_LABEL } from '@core/institution/i18n/labels';

/** The institution's details: the same fields in the set-up wizard and in the settings. */
export function InstitutionFields({ form }: { form: UseFormReturnType<InstitutionFormValues> }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const input = (path: keyof InstitutionFormValues) => ({
    ...form.getInputProps(path),
    error: errText(form.errors[path]),
    'data-path': path,
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      <TextInput
        label={t('institution.wizard.fields.code')}
        description={t('institution.wizard.hints.code')}
        withAsterisk
        autoComplete="off"
        spellCheck={false}
        {...input('code')}
        onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())}
      />
      <Select
        label={t('institution.wizard.fields.type')}
        withAsterisk
        data={INSTITUTION_TYPES.map((v) => ({ value: v, label: tk(INSTITUTION_TYPE_LABEL[v]) }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...input('type')}
      />
      <TextInput label={t('institution.wizard.fields.nameAz')} withAsterisk {...input('nameAz')} />
      <TextInput label={t('institution.wizard.fields.nameEn')} {...input('nameEn')} />
      <TextInput label={t('institution.wizard.fields.region')} description={t('institution.wizard.hints.region')} withAsterisk {...input('region')} />
      <NumberInput
        label={t('institution.wizard.fields.capacity')}
        description={t('institution.wizard.hints.capacity')}
        withAsterisk
        min={1}
        max={5000}
        allowDecimal={false}
        allowNegative={false}
        {...input('capacity')}
      />
      <TextInput label={t('institution.wizard.fields.address')} {...input('address')} style={{ gridColumn: '1 / -1' }} />
    </SimpleGrid>
  );
}
