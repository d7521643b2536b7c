import { Badge, Button, Stack, Tabs, Text } from '@mantine/core';
import { IconCertificate, IconEdit, IconFiles, IconHistory, IconId, IconUserCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { StaffDto } from '@core/staff/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { EntityHistory } from '../audit/EntityHistory';
import { staffQueries } from './queries';
import { StaffStatusBadge } from './StaffBadges';
import { staffDisplayValue, type StaffFieldName } from './staffDisplay';
import { StaffTrainings } from './StaffTrainings';
import { StaffAccount } from './StaffAccount';
import { OwnerDocuments } from '../documents/DocumentsTab';
import { BackLink, ProfileSections, RecordHeader, RecordLoading } from '../ui/RecordPage';
import { POSITION_LABEL, STAFF_FIELD_LABEL } from '@core/staff/i18n/labels';

// A staff member's page: who they are at a glance, then Profile · Trainings · Account · Documents · History.

export type StaffTab = 'profile' | 'trainings' | 'account' | 'history' | 'documents';

export function StaffPage({ id, tab }: { id: string; tab: StaffTab }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { can } = useAppInfo();
  const { data: s, error } = useQuery(staffQueries.detail(id));

  const back = <BackLink href={href(paths.staff())} label={t('staff.backToList')} />;
  if (!s) return <RecordLoading error={error} title={t('staff.loadFailed')} back={back} />;

  const go = (v: string | null) => {
    if (!v) return;
    navigate(v === 'profile' ? paths.staffMember(s.id) : paths.staffMember(s.id, v as Exclude<StaffTab, 'profile'>), { replace: true });
  };
  return (
    <Stack gap="md" maw={1200}>
      {back}
      <RecordHeader
        name={fullName(s)}
        testId="staff-name"
        action={
          can('staff.write') && (
            <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={() => navigate(paths.editStaff(s.id))}>
              {t('staff.edit')}
            </Button>
          )
        }
      >
        <Badge variant="outline" color="gray" tt="none" size="md">
          {tk(POSITION_LABEL[s.position])}
        </Badge>
        <StaffStatusBadge current={s.current} size="md" />
        {s.department && (
          <Text fz="sm" c="dimmed">
            {s.department}
          </Text>
        )}
      </RecordHeader>

      <Tabs value={tab} onChange={go} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="profile" leftSection={<IconId size={16} aria-hidden />}>
            {t('staff.tabs.profile')}
          </Tabs.Tab>
          <Tabs.Tab value="trainings" leftSection={<IconCertificate size={16} aria-hidden />}>
            {t('staff.tabs.trainings')} ({s.trainings.length})
          </Tabs.Tab>
          <Tabs.Tab value="account" leftSection={<IconUserCircle size={16} aria-hidden />}>
            {t('staff.tabs.account')}
          </Tabs.Tab>
          {can('documents.read') && can('staff.write') && (
            <Tabs.Tab value="documents" leftSection={<IconFiles size={16} aria-hidden />} data-testid="staff-documents-tab">
              {t('documents.tab')}
            </Tabs.Tab>
          )}
          {can('audit.read') && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
              {t('staff.tabs.history')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Profile s={s} />
        </Tabs.Panel>
        <Tabs.Panel value="trainings" pt="md">
          <StaffTrainings staff={s} />
        </Tabs.Panel>
        <Tabs.Panel value="account" pt="md">
          <StaffAccount staff={s} />
        </Tabs.Panel>
        {can('documents.read') && can('staff.write') && (
          <Tabs.Panel value="documents" pt="md">
            <OwnerDocuments owner={{ ownerType: 'staff', ownerId: s.id }} emptyText={t('documents.staff.empty')} />
          </Tabs.Panel>
        )}
        {can('audit.read') && (
          <Tabs.Panel value="history" pt="md">
            <EntityHistory
              query={staffQueries.history(s.id)}
              testId="staff-history"
              trainingTitles={Object.fromEntries(s.trainings.map((tr) => [tr.id, tr.title]))}
            />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function Profile({ s }: { s: StaffDto }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const section = (title: string, fields: StaffFieldName[]) => ({
    title,
    fields: fields.map((name) => ({
      name,
      label: t(STAFF_FIELD_LABEL[name]),
      shown: staffDisplayValue(name, (s as unknown as Record<string, unknown>)[name], tk, locale),
    })),
  });
  return (
    <ProfileSections
      sections={[
        section(t('staff.sections.person'), ['lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'fin']),
        section(t('staff.sections.employment'), ['position', 'department', 'employmentType', 'hiredDate', 'leftDate']),
        section(t('staff.sections.education'), ['education', 'qualification']),
        section(t('staff.sections.contacts'), ['phone', 'email']),
        section(t('staff.sections.notes'), ['notes']),
      ]}
    />
  );
}
