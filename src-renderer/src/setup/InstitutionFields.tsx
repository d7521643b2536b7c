import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { INSTITUTION_TYPES } from '@core/institution/schema';
import { useDynamicT } from '../i18n';
import { useFieldErrorText } from '../ui/fieldErrors';
import type { InstitutionFormValues } from './institutionModel';

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
        label={t('wizard.fields.code')}
        description={t('wizard.hints.code')}
        withAsterisk
        autoComplete="off"
        spellCheck={false}
        {...input('code')}
        onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())}
      />
      <Select
        label={t('wizard.fields.type')}
        withAsterisk
        data={INSTITUTION_TYPES.map((v) => ({ value: v, label: tk(`setup.type.${v}`) }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        {...input('type')}
      />
      <TextInput label={t('wizard.fields.nameAz')} withAsterisk {...input('nameAz')} />
      <TextInput label={t('wizard.fields.nameEn')} {...input('nameEn')} />
      <TextInput label={t('wizard.fields.region')} description={t('wizard.hints.region')} withAsterisk {...input('region')} />
      <NumberInput
        label={t('wizard.fields.capacity')}
        description={t('wizard.hints.capacity')}
        withAsterisk
        min={1}
        max={5000}
        allowDecimal={false}
        allowNegative={false}
        {...input('capacity')}
      />
      <TextInput label={t('wizard.fields.address')} {...input('address')} style={{ gridColumn: '1 / -1' }} />
    </SimpleGrid>
  );
}
