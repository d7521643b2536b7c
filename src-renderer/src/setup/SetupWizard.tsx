import { useRef, useState } from 'react';
import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconArrowLeft, IconArrowRight, IconBuilding, IconCheck, IconUserShield } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@core/auth/schema';
import type { SetupStatus } from '@core/institution/schema';
import { CallFailure, toCallError } from '../data/callError';
import { useDynamicT } from '../i18n';
import { AuthLayout } from '../session/AuthLayout';
import { PasswordRules } from '../session/PasswordRules';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';
import { InstitutionFields } from './InstitutionFields';
import {
  emptyInstitutionValues,
  institutionInput,
  validateInstitution,
  valuesFromInstitution,
  type InstitutionFormValues,
} from './institutionModel';
import { emptyDirectorValues, validateDirector, type DirectorFormValues } from './directorModel';
import { useCreateSetup } from './mutations';

// First run: the institution, then the director's account. Until it is done no other screen
// exists; when it is done the director is signed in and the app opens.

export function SetupWizard({ status, onDone }: { status: SetupStatus; onDone(s: SessionInfo): Promise<void> }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const [step, setStep] = useState(0);
  const creating = useCreateSetup(onDone);
  const error = toCallError(creating.error);
  const alertRef = useRef<HTMLDivElement>(null);

  const institution = useForm<InstitutionFormValues>({
    mode: 'controlled',
    // An institution already on file (the demo generator writes one) fills the first step in.
    initialValues: status.institution ? valuesFromInstitution(status.institution) : emptyInstitutionValues(),
    validate: validateInstitution,
    validateInputOnChange: true,
  });
  const director = useForm<DirectorFormValues>({
    mode: 'controlled',
    initialValues: emptyDirectorValues(),
    validate: validateDirector,
    validateInputOnChange: true,
  });

  const focusFirstError = () =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());

  const next = () => {
    if (institution.validate().hasErrors) return focusFirstError();
    setStep(1);
  };

  // Field errors come back as "institution.code" or "director.password": to the step they belong to.
  const refused = (e: unknown) => {
    const fields = e instanceof CallFailure ? (e.fields ?? []) : [];
    const of = (prefix: string) =>
      issuesToErrors(fields.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) })));
    const inst = of('institution.');
    director.setErrors(of('director.'));
    institution.setErrors(inst);
    if (Object.keys(inst).length) setStep(0);
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const create = () => {
    if (director.validate().hasErrors) return focusFirstError();
    const d = director.getValues();
    creating.mutate(
      {
        institution: institutionInput(institution.getValues()),
        director: { username: d.username, displayName: d.displayName, password: d.password },
      },
      { onError: refused },
    );
  };

  const input = (path: keyof DirectorFormValues) => ({
    ...director.getInputProps(path),
    error: errText(director.errors[path]),
    'data-path': path,
  });

  return (
    <AuthLayout title={t('institution.wizard.title')} subtitle={t('institution.wizard.subtitle')} width={760}>
      {error && (
        <Alert ref={alertRef} tabIndex={-1} color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="wizard-error">
          {tk(error.message, error.params)}
        </Alert>
      )}
      <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => s < step && setStep(s)}>
        <Stepper.Step label={t('institution.wizard.steps.institution')} icon={<IconBuilding size={18} aria-hidden />}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              next();
            }}
          >
            <Stack gap="md" pt="md">
              <Text fz="sm">{t('institution.wizard.institutionIntro')}</Text>
              <InstitutionFields form={institution} />
              <Group justify="flex-end">
                <Button type="submit" rightSection={<IconArrowRight size={18} aria-hidden />}>
                  {t('institution.wizard.next')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={t('institution.wizard.steps.director')} icon={<IconUserShield size={18} aria-hidden />}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              create();
            }}
          >
            <Stack gap="md" pt="md">
              <Text fz="sm">{t('institution.wizard.directorIntro')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
                <TextInput
                  label={t('institution.wizard.fields.displayName')}
                  description={t('institution.wizard.hints.displayName')}
                  withAsterisk
                  data-autofocus
                  {...input('displayName')}
                />
                <TextInput
                  label={t('auth.signIn.username')}
                  description={t('institution.wizard.hints.username')}
                  withAsterisk
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  {...input('username')}
                />
                <PasswordInput label={t('auth.signIn.password')} withAsterisk autoComplete="new-password" {...input('password')} />
                <PasswordInput label={t('auth.signIn.repeatPassword')} withAsterisk autoComplete="new-password" {...input('repeat')} />
              </SimpleGrid>
              <PasswordRules />
              <Group justify="space-between">
                <Button variant="default" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={() => setStep(0)}>
                  {t('institution.wizard.back')}
                </Button>
                <Button type="submit" loading={creating.isPending} leftSection={<IconCheck size={18} aria-hidden />}>
                  {t('institution.wizard.create')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
      </Stepper>
    </AuthLayout>
  );
}
