import type { ReactNode } from 'react';
import { Box, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconEdit, IconId, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ageOn, type ResidentDto } from '@core/residents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { DisabilityMark, FinMissingBadge, StatusBadge } from './badges';
import { displayValue, type FieldName } from './fieldDisplay';
import { CHILD_TABS } from '../app/childTabs';
import { residentQueries } from './queries';
import { BackLink, ProfileSections, RecordHeader, RecordLoading } from '../ui/RecordPage';
import { RESIDENT_FIELD_LABEL } from '@core/residents/i18n/labels';
import { ChildPhoto } from '../documents/ChildPhoto';
import { exportsPaths } from '../exports/paths';

// A child's page: who they are at a glance, then Profile and the domains' tabs (app/childTabs.tsx:
// family, care, education, daily log, …, history), each shown only to the roles it is for.

export function ResidentPage({ id, tab }: { id: string; tab: string }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const locale = useLocale();
  const { data: r, error } = useQuery(residentQueries.detail(id));
  const tabs = CHILD_TABS.filter((d) => can(d.permission));

  const back = <BackLink href={href(paths.children())} label={t('residents.page.backToList')} />;
  if (!r) return <RecordLoading error={error} title={t('residents.page.loadFailed')} back={back} />;

  const age = ageOn(r.dateOfBirth, info.today);
  return (
    <Stack gap="md" maw={1200}>
      {back}
      <Group align="flex-start" gap="md" wrap="nowrap">
        <ChildPhoto residentId={r.id} initials={`${r.lastName.slice(0, 1)}${r.firstName.slice(0, 1)}`} />
        <Box flex={1}>
          <RecordHeader
            name={fullName(r)}
            testId="resident-name"
            action={
              <Group gap="sm">
                <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => navigate(exportsPaths.personalFile(r.id, locale))} data-testid="print-personal-file">
                  {t('exports.ui.personalFile')}
                </Button>
                {can('residents.write') && (
                  <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={() => navigate(paths.editChild(r.id))}>
                    {t('residents.page.edit')}
                  </Button>
                )}
              </Group>
            }
          >
            <Text fz="sm" c="dimmed">
              {t('residents.page.age', { age })}
            </Text>
            <StatusBadge status={r.status} size="md" />
            {r.fin ? (
              <Group gap={4} wrap="nowrap" data-testid="resident-fin">
                <IconId size={16} aria-hidden />
                <Text fz="sm">
                  {t('residents.page.finLabel')}: <Text span ff="monospace" fz="inherit">{r.fin}</Text>
                </Text>
              </Group>
            ) : (
              <FinMissingBadge size="md" />
            )}
            {r.disability && <DisabilityMark />}
          </RecordHeader>
        </Box>
      </Group>

      <Tabs
        value={tab}
        onChange={(v) => v && navigate(v === 'profile' ? paths.child(r.id) : paths.childTab(r.id, v), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="profile" leftSection={<IconId size={16} aria-hidden />}>
            {t('residents.page.tabs.profile')}
          </Tabs.Tab>
          {tabs.map((d) => (
            <Tabs.Tab key={d.id} value={d.id} leftSection={<d.icon size={16} aria-hidden />}>
              {t(d.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Profile r={r} />
        </Tabs.Panel>
        {tabs.map((d) => (
          <Tabs.Panel key={d.id} value={d.id} pt="md">
            {d.render(r)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function Profile({ r }: { r: ResidentDto }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const tk = useDynamicT();
  const locale = useLocale();
  const shown = (name: FieldName): ReactNode => {
    const value = (r as unknown as Record<string, unknown>)[name];
    if (name === 'fin' && !value) return <FinMissingBadge />;
    if (name === 'disabilityDiagnosis' && !can('residents.medical')) {
      return (
        <Text span c="dimmed" fz="sm" data-testid="diagnosis-hidden">
          {t('audit.history.hidden')}
        </Text>
      );
    }
    return displayValue(name, value, tk, locale);
  };
  const section = (title: string, fields: FieldName[]) => ({
    title,
    fields: fields.map((name) => ({ name, label: t(RESIDENT_FIELD_LABEL[name]), shown: shown(name) })),
  });
  return (
    <ProfileSections
      sections={[
        section(t('residents.form.sections.identity'), ['lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'placeOfBirth', 'citizenship', 'fin', 'birthCertificate']),
        section(t('residents.form.sections.legal'), ['legalStatus']),
        // The diagnosis is listed for every reader; those who may not see it are told it is hidden.
        section(t('residents.form.sections.disability'), r.disability ? ['disability', 'disabilityDegree', 'disabilityDiagnosis'] : ['disability']),
        section(t('residents.form.sections.placement'), [
          'status', 'groupName', 'room', 'keyWorker', 'admissionDate', 'admissionBasis', 'admissionDecisionNumber', 'admissionDecisionDate', 'admissionAuthority',
        ]),
        section(t('residents.form.sections.notes'), ['notes']),
      ]}
    />
  );
}
