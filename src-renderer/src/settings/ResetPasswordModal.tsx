import { useEffect } from 'react';
import { PasswordInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@core/auth/schema';
import { CallFailure } from '../data/callError';
import { PasswordRules } from '../session/PasswordRules';
import { newPasswordErrors } from '../session/passwordModel';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';
import { ModalForm } from '../ui/ModalForm';
import { useResetPassword } from './mutations';

/** A new password for someone who forgot theirs; they must change it at their next sign-in. */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserDto | null; onClose(): void; onDone(u: UserDto): void }) {
  const { t } = useTranslation();
  const errText = useFieldErrorText();
  const resetting = useResetPassword();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', repeat: '' },
    validate: (v) => newPasswordErrors(v.password, v.repeat, [user?.username, user?.displayName]),
    validateInputOnChange: true,
  });
  useEffect(() => {
    form.reset();
    resetting.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  const save = (v: { password: string }) => {
    if (!user) return;
    resetting.mutate(
      { id: user.id, password: v.password },
      {
        onSuccess: onDone,
        onError: (e) => {
          if (e instanceof CallFailure && e.fields?.length) form.setErrors(issuesToErrors(e.fields));
        },
      },
    );
  };

  return (
    <ModalForm
      opened={user !== null}
      onClose={onClose}
      title={t('auth.users.resetTitle', { username: user?.username ?? '' })}
      size="md"
      intro={<Text fz="sm">{t('auth.users.resetExplain')}</Text>}
      onSubmit={form.onSubmit(save)}
      pending={resetting.isPending}
      error={resetting.error}
      saveLabel={t('auth.users.reset')}
      saveIcon={<IconKey size={18} aria-hidden />}
    >
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
    </ModalForm>
  );
}
