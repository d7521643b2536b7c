import { useEffect } from 'react';
import { Button, Group, Loader, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CallFailure } from '../data/callError';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { issuesToErrors } from '../ui/fieldIssues';
import { InstitutionFields } from '../setup/InstitutionFields';
import { emptyInstitutionValues, institutionInput, validateInstitution, valuesFromInstitution, type InstitutionFormValues } from '../setup/institutionModel';
import { useUpdateInstitution } from './mutations';
import { institutionQueries } from './queries';

/** The institution's details, as entered in the set-up wizard. */
export function InstitutionSettings() {
  const { t } = useTranslation();
  const institution = useQuery(institutionQueries.detail());
  const saving = useUpdateInstitution();
  const form = useForm<InstitutionFormValues>({
    mode: 'controlled',
    initialValues: emptyInstitutionValues(),
    validate: validateInstitution,
    validateInputOnChange: true,
  });

  // The form starts from the stored details once they are there (a save does not reload them).
  const loaded = institution.data !== undefined;
  useEffect(() => {
    if (!institution.data) return;
    const v = valuesFromInstitution(institution.data);
    form.setValues(v);
    form.resetDirty(v);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const save = (v: InstitutionFormValues) =>
    saving.mutate(institutionInput(v), {
      onSuccess: (saved) => {
        form.resetDirty(valuesFromInstitution(saved));
        notifications.show({ color: 'teal', message: t('institution.settings.institution.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
      },
      onError: (e) => {
        if (e instanceof CallFailure && e.fields?.length) form.setErrors(issuesToErrors(e.fields));
      },
    });

  if (!loaded && !institution.error) return <Loader aria-label={t('common.loading')} />;
  return (
    <form noValidate onSubmit={form.onSubmit(save)} style={{ maxWidth: 820 }}>
      <Stack gap="md">
        <CallErrorAlert error={saving.error ?? institution.error} />
        <InstitutionFields form={form} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving.isPending} disabled={!form.isDirty()} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
