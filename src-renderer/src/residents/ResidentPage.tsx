import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconHistory, IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ageOn, type ResidentDto } from '../../../src-main/core/residents/schema';
import type { CallError } from '../../../src-main/core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { DisabilityMark, FinMissingBadge, StatusBadge } from './badges';
import { displayValue, type FieldName } from './fieldDisplay';
import { ResidentHistory } from './ResidentHistory';

// A child's page: who they are at a glance, then tabs. Later tabs (family, care, education, …)
// join Profile and History here.

type Tab = 'profile' | 'history';

export function ResidentPage({ id, tab }: { id: string; tab: Tab }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { info, can } = useAppInfo();
  const [r, setR] = useState<ResidentDto | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  useEffect(() => {
    void api()
      .call('residents.get', { id })
      .then((res) => (res.ok ? setR(res.value) : setError(res.error)));
  }, [id]);

  if (error) {
    return (
      <Stack>
        <BackLink />
        <Alert color="red" role="alert" title={t('residentPage.loadFailed')}>
          {tk(error.message, error.params)}
        </Alert>
      </Stack>
    );
  }
  if (!r) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  const age = ageOn(r.dateOfBirth, info.today);
  return (
    <Stack gap="md" maw={1200}>
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Title order={1} fz="h2" data-testid="resident-name">
            {fullName(r)}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Text fz="sm" c="dimmed">
              {t('residentPage.age', { age })}
            </Text>
            <StatusBadge status={r.status} size="md" />
            {r.fin ? (
              <Group gap={4} wrap="nowrap" data-testid="resident-fin">
                <IconId size={16} aria-hidden />
                <Text fz="sm">
                  {t('residentPage.finLabel')}: <Text span ff="monospace" fz="inherit">{r.fin}</Text>
                </Text>
              </Group>
            ) : (
              <FinMissingBadge size="md" />
            )}
            {r.disability && <DisabilityMark />}
          </Group>
        </Stack>
        {can('residents.write') && (
          <Button leftSection={<IconEdit size={18} aria-hidden />} onClick={() => navigate(paths.editChild(r.id))}>
            {t('residentPage.edit')}
          </Button>
        )}
      </Group>

      <Tabs
        value={tab}
        onChange={(v) => v && navigate(v === 'history' ? paths.childHistory(r.id) : paths.child(r.id), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="profile" leftSection={<IconId size={16} aria-hidden />}>
            {t('residentPage.tabs.profile')}
          </Tabs.Tab>
          {can('audit.read') && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
              {t('residentPage.tabs.history')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <Profile r={r} />
        </Tabs.Panel>
        {can('audit.read') && (
          <Tabs.Panel value="history" pt="md">
            <ResidentHistory id={r.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor href={href(paths.children())} fz="sm" w="fit-content">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('residentPage.backToList')}
      </Group>
    </Anchor>
  );
}

function Profile({ r }: { r: ResidentDto }) {
  const { t } = useTranslation();
  const sections: Array<{ title: string; fields: FieldName[] }> = [
    {
      title: t('residentForm.sections.identity'),
      fields: ['lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'placeOfBirth', 'citizenship', 'fin', 'birthCertificate'],
    },
    { title: t('residentForm.sections.legal'), fields: ['legalStatus'] },
    {
      title: t('residentForm.sections.disability'),
      // The diagnosis is listed for every reader; those who may not see it are told it is hidden.
      fields: r.disability ? ['disability', 'disabilityDegree', 'disabilityDiagnosis'] : ['disability'],
    },
    {
      title: t('residentForm.sections.placement'),
      fields: ['status', 'groupName', 'room', 'keyWorker', 'admissionDate', 'admissionBasis', 'admissionDecisionNumber', 'admissionDecisionDate', 'admissionAuthority'],
    },
    { title: t('residentForm.sections.notes'), fields: ['notes'] },
  ];
  return (
    <Stack gap="md">
      {sections.map((s) => (
        <Paper key={s.title} withBorder p="md" radius="md" component="section" aria-label={s.title}>
          <Title order={2} fz="h4" mb="sm">
            {s.title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
            {s.fields.map((f) => (
              <Field key={f} name={f} value={(r as unknown as Record<string, unknown>)[f]} />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}

function Field({ name, value }: { name: FieldName; value: unknown }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const tk = useDynamicT();
  const locale = useLocale();
  let shown: ReactNode = displayValue(name, value, tk, locale);
  if (name === 'fin' && !value) shown = <FinMissingBadge />;
  if (name === 'disabilityDiagnosis' && !can('residents.medical')) {
    shown = (
      <Text span c="dimmed" fz="sm" data-testid="diagnosis-hidden">
        {t('residentPage.history.hidden')}
      </Text>
    );
  }
  return (
    <div>
      <Text component="dt" fz="xs" c="dimmed" fw={500}>
        {t(`residentForm.fields.${name}`)}
      </Text>
      <Text component="dd" m={0} fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {shown || <Text span c="dimmed" fz="sm">{t('common.notGiven')}</Text>}
      </Text>
    </div>
  );
}
