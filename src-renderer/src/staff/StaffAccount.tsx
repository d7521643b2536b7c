import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconSettings, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffDto } from '@core/staff/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { fullName } from '../format';
import { useDynamicT } from '../i18n';
import { UserModal } from '../settings/UserModal';
import { ROLE_LABEL } from '@core/auth/i18n/labels';
import { keyFor } from '@core/i18n/keys';

/** The user account linked to this person, and (for who manages accounts) the way to one. */
export function StaffAccount({ staff }: { staff: StaffDto }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { can } = useAppInfo();
  const manage = can('users.manage');
  const [creating, setCreating] = useState(false);
  const a = staff.account;
  return (
    <Stack gap="md" data-testid="staff-account">
      {a ? (
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <div>
              <Text component="dt" fz="xs" c="dimmed" fw={500}>
                {t('auth.signIn.username')}
              </Text>
              <Text component="dd" m={0} fz="sm" ff="monospace">
                {a.username}
              </Text>
            </div>
            <div>
              <Text component="dt" fz="xs" c="dimmed" fw={500}>
                {t('auth.users.fields.role')}
              </Text>
              <Text component="dd" m={0} fz="sm">
                {tk(keyFor(ROLE_LABEL, a.role) ?? a.role)}
              </Text>
            </div>
            <div>
              <Text component="dt" fz="xs" c="dimmed" fw={500}>
                {t('auth.users.fields.active')}
              </Text>
              <Text component="dd" m={0} fz="sm">
                <Badge variant="light" color={a.active ? 'teal' : 'gray'} tt="none">
                  {t(a.active ? 'auth.users.active' : 'auth.users.inactive')}
                </Badge>
              </Text>
            </div>
          </SimpleGrid>
        </Paper>
      ) : (
        <Text c="dimmed">{t('staff.account.none')}</Text>
      )}
      {manage && (
        <Group>
          {a ? (
            <Button variant="light" leftSection={<IconSettings size={18} aria-hidden />} onClick={() => navigate(paths.settings('users'))}>
              {t('staff.account.manage')}
            </Button>
          ) : (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('staff.account.create')}
            </Button>
          )}
        </Group>
      )}
      {manage && (
        <UserModal
          opened={creating}
          user={null}
          staffOptions={[{ value: staff.id, label: fullName(staff) }]}
          preset={{ staffId: staff.id, displayName: `${staff.lastName} ${staff.firstName}` }}
          onClose={() => setCreating(false)}
          onSaved={() => setCreating(false)}
        />
      )}
    </Stack>
  );
}
