import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCertificate, IconEdit, IconHistory, IconId, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffDto } from '../../../src-main/core/staff/schema';
import type { CallError } from '../../../src-main/core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { EntityHistory } from '../audit/EntityHistory';
import { StaffStatusBadge } from './StaffBadges';
import { staffDisplayValue, type StaffFieldName } from './staffDisplay';
import { StaffTrainings } from './StaffTrainings';
import { StaffAccount } from './StaffAccount';

// A staff member's page: who they are at a glance, then Profile · Trainings · Account · History.

export type StaffTab = 'profile' | 'trainings' | 'account' | 'history';

export function StaffPage({ id, tab }: { id: string; tab: StaffTab }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { can } = useAppInfo();
  const [s, setS] = useState<StaffDto | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  const load = () =>
    void api()
      .call('staff.get', { id })
      .then((r) => (r.ok ? setS(r.value) : setError(r.error)));
  useEffect(load, [id]);

  if (error) {
    return (
      <Stack>
        <BackLink />
        <Alert color="red" role="alert" title={t('staffUi.loadFailed')}>
          {tk(error.message, error.params)}
        </Alert>
      </Stack>
    );
  }
  if (!s) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  const go = (v: string | null) => {
    if (!v) return;
    navigate(v === 'profile' ? paths.staffMember(s.id) : paths.staffMember(s.id, v as Exclude<StaffTab, 'profile'>), { replace: true });
  };
  return (
    <Stack gap="md" maw={1200}>
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Title order={1} fz="h2" data-testid="staff-name">
            {fullName(s)}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Badge variant="outline" color="gray" tt="none" size="md">
              {tk(`staff.position.${s.position}`)}
            </Badge>
            <StaffStatusBadge current={s.current} size="md" />
            {s.department && (
              <Text fz="sm" c="dimmed">
                {s.department}
              </Text>
            )}
          </Group>
        </Stack>
        {can('staff.write') && (
          <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={() => navigate(paths.editStaff(s.id))}>
            {t('staffUi.edit')}
          </Button>
        )}
      </Group>

      <Tabs value={tab} onChange={go} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile" leftSection={<IconId size={16} aria-hidden />}>
            {t('residentPage.tabs.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="trainings" leftSection={<IconCertificate size={16} aria-hidden />}>
            {t('staffUi.tabs.trainings')} ({s.trainings.length})
          </Tabs.Tab>
          <Tabs.Tab value="account" leftSection={<IconUserCircle size={16} aria-hidden />}>
            {t('staffUi.tabs.account')}
          </Tabs.Tab>
          {can('audit.read') && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
              {t('residentPage.tabs.history')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Profile s={s} />
        </Tabs.Panel>
        <Tabs.Panel value="trainings" pt="md">
          <StaffTrainings staff={s} onChanged={load} />
        </Tabs.Panel>
        <Tabs.Panel value="account" pt="md">
          <StaffAccount staff={s} onChanged={load} />
        </Tabs.Panel>
        {can('audit.read') && (
          <Tabs.Panel value="history" pt="md">
            <EntityHistory
              call="staff.history"
              id={s.id}
              testId="staff-history"
              trainingTitles={Object.fromEntries(s.trainings.map((tr) => [tr.id, tr.title]))}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor href={href(paths.staff())} fz="sm" w="fit-content">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('staffUi.backToList')}
      </Group>
    </Anchor>
  );
}

function Profile({ s }: { s: StaffDto }) {
  const { t } = useTranslation();
  const sections: Array<{ title: string; fields: StaffFieldName[] }> = [
    { title: t('staffUi.sections.person'), fields: ['lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'fin'] },
    { title: t('staffUi.sections.employment'), fields: ['position', 'department', 'employmentType', 'hiredDate', 'leftDate'] },
    { title: t('staffUi.sections.education'), fields: ['education', 'qualification'] },
    { title: t('staffUi.sections.contacts'), fields: ['phone', 'email'] },
    { title: t('residentForm.sections.notes'), fields: ['notes'] },
  ];
  return (
    <Stack gap="md">
      {sections.map((sec) => (
        <Paper key={sec.title} withBorder p="md" radius="md" component="section" aria-label={sec.title}>
          <Title order={2} fz="h4" mb="sm">
            {sec.title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
            {sec.fields.map((f) => (
              <Field key={f} name={f} value={(s as unknown as Record<string, unknown>)[f]} />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}

function Field({ name, value }: { name: StaffFieldName; value: unknown }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const shown: ReactNode = staffDisplayValue(name, value, tk, locale);
  return (
    <div>
      <Text component="dt" fz="xs" c="dimmed" fw={500}>
        {t(`staffUi.fields.${name}`)}
      </Text>
      <Text component="dd" m={0} fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {shown || (
          <Text span c="dimmed" fz="sm">
            {t('common.notGiven')}
          </Text>
        )}
      </Text>
    </div>
  );
}
