import { Avatar, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { ChangePasswordForm } from '../session/ChangePasswordForm';
import { ROLE_LABEL } from '@core/auth/i18n/labels';

/** Initials for the avatar: "Aynur Həsənova" → "AH". */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toLocaleUpperCase('az'))
    .join('');
}

// The header's user menu: who is signed in and with which role; lock, change password, sign out.
export function UserMenu() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { user, lock, signOut } = useSession();
  const [changing, { open, close }] = useDisclosure(false);
  const role = tk(ROLE_LABEL[user.role]);
  return (
    <>
      <Menu position="bottom-end" withinPortal width={240}>
        <Menu.Target>
          <UnstyledButton aria-label={t('app.userMenu.label', { name: user.displayName, role })} data-testid="user-menu" style={{ flexShrink: 0 }}>
            <Group gap={8} wrap="nowrap">
              <Avatar size={32} radius="xl" color="teal" aria-hidden>
                {initials(user.displayName || user.username)}
              </Avatar>
              <Stack gap={0} visibleFrom="md" maw={180}>
                <Text fz="sm" fw={500} truncate>
                  {user.displayName}
                </Text>
                <Text fz="xs" c="dimmed" truncate data-testid="user-role">
                  {role}
                </Text>
              </Stack>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {user.displayName} · {user.username}
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={open}>
            {t('app.userMenu.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} aria-hidden />} onClick={() => void lock()}>
            {t('app.userMenu.lock')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
            {t('app.userMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={close} title={t('app.userMenu.changePassword')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ChangePasswordForm
          user={user}
          onCancel={close}
          onDone={() => {
            close();
            notifications.show({ color: 'teal', message: t('app.userMenu.passwordChanged'), closeButtonProps: { 'aria-label': t('common.close') } });
          }}
        />
      </Modal>
    </>
  );
}
