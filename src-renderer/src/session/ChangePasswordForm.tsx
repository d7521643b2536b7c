import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo, SessionUser } from '@core/auth/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { useFieldErrorText } from '../ui/fieldErrors';
import { encodeIssue, issuesToErrors } from '../ui/fieldIssues';
import { newPasswordErrors } from './passwordModel';
import { PasswordRules } from './PasswordRules';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** The signed-in user's own password: the current one, then the new one twice. */
export function ChangePasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: Pick<SessionUser, 'username' | 'displayName'>;
  onDone(s: SessionInfo): void | Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: (v) => {
      const errors = newPasswordErrors(v.newPassword, v.repeat, [user.username, user.displayName], {
        password: 'newPassword',
        repeat: 'repeat',
      });
      if (!v.currentPassword) errors.currentPassword = encodeIssue({ message: 'validation.required' });
      else if (v.newPassword && v.newPassword === v.currentPassword) errors.newPassword = encodeIssue({ message: 'auth.passwordSame' });
      return errors;
    },
    validateInputOnChange: true,
  });

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const r = await api().call('auth.changePassword', { currentPassword: v.currentPassword, newPassword: v.newPassword });
    setBusy(false);
    if (r.ok) {
      await onDone(r.value);
      return;
    }
    if (r.error.fields?.length) form.setErrors(issuesToErrors(r.error.fields));
    else setError(r.error);
  };

  const field = (path: keyof Values) => ({ ...form.getInputProps(path), error: errText(form.errors[path]) });
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="md">
        {error && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {tk(error.message, error.params)}
          </Alert>
        )}
        <PasswordInput label={t('auth.signIn.currentPassword')} autoComplete="current-password" withAsterisk data-autofocus {...field('currentPassword')} />
        <PasswordInput label={t('auth.signIn.newPassword')} autoComplete="new-password" withAsterisk {...field('newPassword')} />
        <PasswordInput label={t('auth.signIn.repeatPassword')} autoComplete="new-password" withAsterisk {...field('repeat')} />
        <PasswordRules />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy} leftSection={<IconKey size={18} aria-hidden />}>
            {t('auth.signIn.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
