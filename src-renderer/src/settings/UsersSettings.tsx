import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconKey, IconLock, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '@core/auth/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDateTime, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { staffQueries } from '../staff/queries';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, type DataColumn } from '../ui/DataTable';
import { STAFF_OPTIONS_LIMIT, userQueries } from './queries';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserModal, type StaffOption } from './UserModal';
import { ROLE_LABEL } from '@core/auth/i18n/labels';

/** The accounts: who may sign in, with which role; new account, change, password reset. */
export function UsersSettings() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { info } = useAppInfo();
  const users = useQuery(userQueries.list());
  // The staff members an account can be linked to; without them the accounts still show.
  const staffList = useQuery(staffQueries.list({ status: 'all', limit: STAFF_OPTIONS_LIMIT }));
  const [editing, setEditing] = useState<UserDto | null | 'new'>(null);
  const [resetting, setResetting] = useState<UserDto | null>(null);

  if (users.error) return <CallErrorAlert error={users.error} />;
  if (!users.data) return <Loader aria-label={t('common.loading')} />;
  const rows = users.data;

  const staff: StaffOption[] = (staffList.data?.rows ?? []).map((r) => ({ value: r.id, label: fullName(r) }));
  const staffName = (id: string | null) => (id ? (staff.find((s) => s.value === id)?.label ?? '') : '');
  // A staff member has one account at most: offer only those without one (and this account's own).
  const freeStaff = (self: UserDto | null) => staff.filter((s) => !rows.some((u) => u.staffId === s.value && u.id !== self?.id));
  const mayManage = (u: UserDto) => u.role !== 'director' || info.actor?.role === 'director';
  const notify = (message: string, title?: string) =>
    notifications.show({ color: 'teal', title, message, autoClose: title ? false : undefined, closeButtonProps: { 'aria-label': t('common.close') } });

  const columns: DataColumn<UserDto>[] = [
    { id: 'displayName', header: t('auth.users.fields.displayName'), wrap: true, cell: (u) => <Text span fz="sm" fw={500}>{u.displayName}</Text> },
    { id: 'username', header: t('auth.signIn.username'), width: 120, cell: (u) => <Text span fz="sm" ff="monospace">{u.username}</Text> },
    { id: 'role', header: t('auth.users.fields.role'), width: 110, cell: (u) => tk(ROLE_LABEL[u.role]) },
    { id: 'staff', header: t('auth.users.fields.staffId'), width: 160, wrap: true, cell: (u) => staffName(u.staffId) || '—' },
    {
      id: 'state',
      header: t('auth.users.columns.state'),
      width: 210,
      wrap: true,
      cell: (u) => (
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
      ),
    },
    { id: 'lastSignIn', header: t('auth.users.columns.lastSignIn'), width: 160, cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : '—') },
    {
      id: 'actions',
      header: t('auth.users.columns.actions'),
      width: 120,
      cell: (u) =>
        mayManage(u) && (
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
        ),
    },
  ];

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
      <DataTable
        columns={columns}
        count={rows.length}
        rowAt={(i) => rows[i]}
        label={t('institution.settings.tabs.users')}
        testId="users-table"
        minWidth={900}
        rowHeight={52}
        rowData={(u) => ({ 'data-username': u.username })}
      />
      <UserModal
        opened={editing !== null}
        user={editing === 'new' ? null : editing}
        staffOptions={freeStaff(editing === 'new' ? null : editing)}
        onClose={() => setEditing(null)}
        onSaved={(u) => {
          const created = editing === 'new';
          setEditing(null);
          notify(t(created ? 'auth.users.created' : 'auth.users.saved', { username: u.username }));
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          notify(t('auth.users.resetDone', { username: u.username }), t('auth.users.resetDoneTitle'));
        }}
      />
    </Stack>
  );
}
