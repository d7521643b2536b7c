import { useCallback, useEffect, useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconKey, IconLock, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@core/auth/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDateTime, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserModal, type StaffOption } from './UserModal';
import { ROLE_LABEL } from '@core/auth/i18n/labels';

/** The accounts: who may sign in, with which role; new account, change, password reset. */
export function UsersSettings() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { info } = useAppInfo();
  const [users, setUsers] = useState<UserDto[] | null>(null);
  const [staff, setStaff] = useState<StaffOption[]>([]);
  const [error, setError] = useState<CallError | null>(null);
  const [editing, setEditing] = useState<UserDto | null | 'new'>(null);
  const [resetting, setResetting] = useState<UserDto | null>(null);

  const load = useCallback(async () => {
    const [u, s] = await Promise.all([api().call('users.list', {}), api().call('staff.list', { status: 'all', limit: 1000 })]);
    if (!u.ok) return setError(u.error);
    setUsers(u.value);
    if (s.ok) setStaff(s.value.rows.map((r) => ({ value: r.id, label: fullName(r) })));
  }, []);
  useEffect(() => void load(), [load]);

  if (error) {
    return (
      <Alert color="red" role="alert">
        {tk(error.message, error.params)}
      </Alert>
    );
  }
  if (!users) return <Loader aria-label={t('common.loading')} />;

  const staffName = (id: string | null) => (id ? (staff.find((s) => s.value === id)?.label ?? '') : '');
  // A staff member has one account at most: offer only those without one (and this account's own).
  const freeStaff = (self: UserDto | null) =>
    staff.filter((s) => !users.some((u) => u.staffId === s.value && u.id !== self?.id));
  const mayManage = (u: UserDto) => u.role !== 'director' || info.actor?.role === 'director';

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fz="sm" c="dimmed">
          {t('auth.users.intro')}
        </Text>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
          {t('auth.users.new')}
        </Button>
      </Group>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('auth.users.fields.displayName')}</Table.Th>
                <Table.Th>{t('auth.signIn.username')}</Table.Th>
                <Table.Th>{t('auth.users.fields.role')}</Table.Th>
                <Table.Th>{t('auth.users.fields.staffId')}</Table.Th>
                <Table.Th>{t('auth.users.columns.state')}</Table.Th>
                <Table.Th>{t('auth.users.columns.lastSignIn')}</Table.Th>
                <Table.Th w={96}>{t('auth.users.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((u) => (
                <Table.Tr key={u.id} data-username={u.username}>
                  <Table.Td fw={500}>{u.displayName}</Table.Td>
                  <Table.Td ff="monospace">{u.username}</Table.Td>
                  <Table.Td>{tk(ROLE_LABEL[u.role])}</Table.Td>
                  <Table.Td>{staffName(u.staffId) || '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge variant="light" color={u.active ? 'teal' : 'gray'} tt="none">
                        {t(u.active ? 'auth.users.active' : 'auth.users.inactive')}
                      </Badge>
                      {u.mustChangePassword && (
                        <Badge variant="outline" color="orange" tt="none" leftSection={<IconKey size={12} aria-hidden />}>
                          {t('auth.users.mustChangeBadge')}
                        </Badge>
                      )}
                      {u.lockedUntil && (
                        <Badge variant="outline" color="red" tt="none" leftSection={<IconLock size={12} aria-hidden />}>
                          {t('auth.users.lockedUntil', { time: formatDateTime(u.lockedUntil, locale) })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : '—'}</Table.Td>
                  <Table.Td>
                    {mayManage(u) && (
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('auth.users.edit')}>
                          <ActionIcon variant="subtle" onClick={() => setEditing(u)} aria-label={`${t('auth.users.edit')}: ${u.username}`}>
                            <IconEdit size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('auth.users.reset')}>
                          <ActionIcon variant="subtle" onClick={() => setResetting(u)} aria-label={`${t('auth.users.reset')}: ${u.username}`}>
                            <IconKey size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <UserModal
        opened={editing !== null}
        user={editing === 'new' ? null : editing}
        staffOptions={freeStaff(editing === 'new' ? null : editing)}
        onClose={() => setEditing(null)}
        onSaved={(u) => {
          const created = editing === 'new';
          setEditing(null);
          notifications.show({
            color: 'teal',
            message: t(created ? 'auth.users.created' : 'auth.users.saved', { username: u.username }),
            closeButtonProps: { 'aria-label': t('common.close') },
          });
          void load();
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          notifications.show({
            color: 'teal',
            title: t('auth.users.resetDoneTitle'),
            message: t('auth.users.resetDone', { username: u.username }),
            autoClose: false,
            closeButtonProps: { 'aria-label': t('common.close') },
          });
          void load();
        }}
      />
    </Stack>
  );
}
