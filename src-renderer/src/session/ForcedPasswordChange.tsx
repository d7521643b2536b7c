import { Alert, Button, Stack } from '@mantine/core';
import { IconInfoCircle, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo, SessionUser } from '@core/auth/schema';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After a reset by the director or an administrator: nothing else opens until the password is changed. */
export function ForcedPasswordChange({
  user,
  onDone,
  onSignOut,
}: {
  user: SessionUser;
  onDone(s: SessionInfo): Promise<void>;
  onSignOut(): void;
}) {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('auth.signIn.mustChangeTitle')} subtitle={`${user.displayName} (${user.username})`} width={460}>
      <Stack gap="md">
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />}>
          {t('auth.passwordChangeRequired')}
        </Alert>
        <ChangePasswordForm user={user} onDone={onDone} />
        <Button variant="subtle" color="gray" leftSection={<IconLogout size={18} aria-hidden />} onClick={onSignOut}>
          {t('app.userMenu.signOut')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
