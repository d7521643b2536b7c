import { useRef, useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SignInInput, type SessionInfo } from '@core/auth/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';
import { AuthLayout } from './AuthLayout';

// Sign-in. A wrong username and a wrong password get the same answer from the core, so the page
// cannot tell anyone which accounts exist; a lockout says until when.

export function SignInPage({ institutionName, onSignedIn }: { institutionName: string; onSignedIn(s: SessionInfo): Promise<void> }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: (v) => {
      const r = SignInInput.safeParse(v);
      return r.success ? {} : zodFieldErrors(r.error);
    },
  });

  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    const r = await api().call('auth.signIn', v);
    if (r.ok) {
      await onSignedIn(r.value);
      return;
    }
    setBusy(false);
    if (r.error.fields?.length) form.setErrors(issuesToErrors(r.error.fields));
    setError(r.error);
    // Try again from the password; what was typed there is gone.
    form.setFieldValue('password', '');
    requestAnimationFrame(() => passwordRef.current?.focus());
  };

  return (
    <AuthLayout title={t('auth.signIn.title')} subtitle={institutionName || t('auth.signIn.subtitle')}>
      <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
        <Stack gap="md">
          {error && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="sign-in-error">
              {tk(error.message, error.params)}
            </Alert>
          )}
          <TextInput
            label={t('auth.signIn.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
            autoFocus
            {...form.getInputProps('username')}
            error={errText(form.errors.username)}
          />
          <PasswordInput
            ref={passwordRef}
            label={t('auth.signIn.password')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
            error={errText(form.errors.password)}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.signIn.showPassword') }}
          />
          <Button type="submit" loading={busy} leftSection={<IconLogin size={18} aria-hidden />} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
