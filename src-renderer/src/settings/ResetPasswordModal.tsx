import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@core/auth/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { PasswordRules } from '../session/PasswordRules';
import { newPasswordErrors } from '../session/passwordModel';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';

/** A new password for someone who forgot theirs; they must change it at their next sign-in. */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserDto | null; onClose(): void; onDone(u: UserDto): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', repeat: '' },
    validate: (v) => newPasswordErrors(v.password, v.repeat, [user?.username, user?.displayName]),
    validateInputOnChange: true,
  });
  useEffect(() => {
    form.reset();
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  const save = async (v: { password: string }) => {
    if (!user) return;
    setBusy(true);
    setError(null);
    const r = await api().call('users.resetPassword', { id: user.id, password: v.password });
    setBusy(false);
    if (r.ok) return onDone(r.value);
    if (r.error.fields?.length) form.setErrors(issuesToErrors(r.error.fields));
    setError(r.error);
  };

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('auth.users.resetTitle', { username: user?.username ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form noValidate onSubmit={form.onSubmit((v) => void save(v))}>
        <Stack gap="md">
          <Text fz="sm">{t('auth.users.resetExplain')}</Text>
          {error && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {tk(error.message, error.params)}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.signIn.newPassword')}
            withAsterisk
            autoComplete="new-password"
            data-autofocus
            {...form.getInputProps('password')}
            error={errText(form.errors.password)}
          />
          <PasswordInput
            label={t('auth.signIn.repeatPassword')}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('repeat')}
            error={errText(form.errors.repeat)}
          />
          <PasswordRules />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} leftSection={<IconKey size={18} aria-hidden />}>
              {t('auth.users.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
