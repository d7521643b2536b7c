import { useState } from 'react';
import { Alert, Button, Center, Modal, PasswordInput, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconLock, IconLockOpen, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@core/auth/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import type { SessionValue } from './SessionContext';

// The lock screen: opaque, over the whole window (nothing of the page shows through), while the
// page itself stays mounted underneath with whatever was typed. Only the same user's password
// opens it; signing out instead loses what was not saved, and says so.

export function LockScreen({ value, onUnlocked }: { value: SessionValue; onUnlocked(s: SessionInfo): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const { user } = value;

  const unlock = async () => {
    if (!password) {
      setError({ code: 'invalid', message: 'validation.required' });
      return;
    }
    setBusy(true);
    const r = await api().call('auth.unlock', { password });
    setBusy(false);
    setPassword('');
    if (r.ok) {
      setError(null);
      onUnlocked(r.value);
      return;
    }
    // The session itself is gone (the account was deactivated meanwhile): to the sign-in page.
    if (r.error.code === 'unauthenticated' && r.error.message === 'errors.unauthenticated') {
      await value.refresh();
      return;
    }
    setError(r.error);
  };

  return (
    <Modal
      opened
      onClose={() => {}}
      fullScreen
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      trapFocus
      returnFocus
      transitionProps={{ duration: 0 }}
      zIndex={1000}
      aria-labelledby="lock-title"
      data-testid="lock-screen"
    >
      <Center mih="90dvh">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
          style={{ width: '100%', maxWidth: 400 }}
        >
          <Stack gap="md" align="stretch">
            <Center>
              <ThemeIcon size={56} radius="xl" variant="light" color="teal">
                <IconLock size={30} aria-hidden />
              </ThemeIcon>
            </Center>
            <Title order={1} fz="h2" ta="center" id="lock-title">
              {t('auth.lock.title')}
            </Title>
            <Text ta="center" fz="sm">
              {t('auth.lock.explain', { name: user.displayName, username: user.username })}
            </Text>
            {error && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="lock-error">
                {tk(error.message, error.params)}
              </Alert>
            )}
            <PasswordInput
              label={t('auth.lock.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              data-autofocus
              visibilityToggleButtonProps={{ 'aria-label': t('auth.signIn.showPassword') }}
            />
            <Button type="submit" loading={busy} leftSection={<IconLockOpen size={18} aria-hidden />}>
              {t('auth.lock.unlock')}
            </Button>
            <Text fz="xs" c="dimmed" ta="center">
              {t('auth.lock.signOutHint')}
            </Text>
            <Button variant="subtle" color="gray" leftSection={<IconLogout size={18} aria-hidden />} onClick={() => void value.signOut()}>
              {t('app.userMenu.signOut')}
            </Button>
          </Stack>
        </form>
      </Center>
    </Modal>
  );
}
