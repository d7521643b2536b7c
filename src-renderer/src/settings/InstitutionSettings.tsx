import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { issuesToErrors } from '../ui/fieldIssues';
import { InstitutionFields } from '../setup/InstitutionFields';
import { emptyInstitutionValues, institutionInput, validateInstitution, valuesFromInstitution, type InstitutionFormValues } from '../setup/institutionModel';

/** The institution's details, as entered in the set-up wizard. */
export function InstitutionSettings() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<InstitutionFormValues>({
    mode: 'controlled',
    initialValues: emptyInstitutionValues(),
    validate: validateInstitution,
    validateInputOnChange: true,
  });

  useEffect(() => {
    void api()
      .call('institution.get', {})
      .then((r) => {
        if (!r.ok) return setError(r.error);
        const v = valuesFromInstitution(r.value);
        form.setValues(v);
        form.resetDirty(v);
        setLoaded(true);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async (v: InstitutionFormValues) => {
    setBusy(true);
    setError(null);
    const r = await api().call('institution.update', institutionInput(v));
    setBusy(false);
    if (r.ok) {
      form.resetDirty(valuesFromInstitution(r.value));
      notifications.show({ color: 'teal', message: t('institution.settings.institution.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
      return;
    }
    if (r.error.fields?.length) form.setErrors(issuesToErrors(r.error.fields));
    setError(r.error);
  };

  if (!loaded && !error) return <Loader aria-label={t('common.loading')} />;
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void save(v))} style={{ maxWidth: 820 }}>
      <Stack gap="md">
        {error && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {tk(error.message, error.params)}
          </Alert>
        )}
        <InstitutionFields form={form} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={!form.isDirty()} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
