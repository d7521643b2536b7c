import { Stack, Tabs, Title } from '@mantine/core';
import { IconBuilding, IconDatabase, IconFileImport, IconKey, IconLock, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { InstitutionSettings } from './InstitutionSettings';
import { KeysSettings } from './KeysSettings';
import { SecuritySettings } from './SecuritySettings';
import { UsersSettings } from './UsersSettings';
import { BackupSettings } from '../backup/BackupSettings';
import { ImportSettings } from '../imports/ImportSettings';

// Settings: the institution, the accounts and their roles, the idle lock, the signing keys. Each
// tab asks for its own permission (the core checks it again).

export type SettingsTab = 'institution' | 'users' | 'security' | 'keys' | 'backups' | 'import';

export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const tabs: Array<{ value: SettingsTab; label: string; icon: typeof IconBuilding; allowed: boolean }> = [
    { value: 'institution', label: t('institution.settings.tabs.institution'), icon: IconBuilding, allowed: can('institution.manage') },
    { value: 'users', label: t('institution.settings.tabs.users'), icon: IconUsersGroup, allowed: can('users.manage') },
    { value: 'security', label: t('institution.settings.tabs.security'), icon: IconLock, allowed: can('institution.manage') },
    { value: 'keys', label: t('packages.keys.title'), icon: IconKey, allowed: can('packages.export') },
    { value: 'backups', label: t('backup.tab'), icon: IconDatabase, allowed: can('backup.manage') },
    { value: 'import', label: t('imports.tab'), icon: IconFileImport, allowed: can('imports.run') },
  ];
  const visible = tabs.filter((x) => x.allowed);
  const current = visible.some((x) => x.value === tab) ? tab : visible[0]?.value;
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} fz="h2">
        {t('institution.settings.title')}
      </Title>
      <Tabs value={current} onChange={(v) => v && navigate(paths.settings(v as SettingsTab), { replace: true })} keepMounted={false}>
        <Tabs.List>
          {visible.map(({ value, label, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} aria-hidden />}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="institution" pt="md">
          <InstitutionSettings />
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          <UsersSettings />
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <SecuritySettings />
        </Tabs.Panel>
        <Tabs.Panel value="keys" pt="md">
          <KeysSettings />
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupSettings />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportSettings />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
