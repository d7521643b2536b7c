import { Stack, Tabs, Title } from '@mantine/core';
import { IconHandStop, IconMessageReport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { useAppInfo } from '../app/AppInfoContext';
import { safeguardingPaths } from './paths';
import { RestraintsView } from './RestraintsView';
import { ComplaintsView } from './ComplaintsView';

// Safeguarding: the measures of control with their deadlines (the director's sign-off within 48
// hours, the talk with the child within 5 days) and the complaints. Every view has its address,
// so the dashboard's cards open the right one.

type View = 'restraints' | 'complaints';

export function SafeguardingPage({ view }: { view: View }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  return (
    <Stack gap="md">
      <Title order={2}>{t('safeguarding.title')}</Title>
      <Tabs value={view} onChange={(v) => v && navigate(v === 'complaints' ? safeguardingPaths.complaints() : safeguardingPaths.restraints(), { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="restraints" leftSection={<IconHandStop size={16} aria-hidden />}>
            {t('safeguarding.tabs.restraints')}
          </Tabs.Tab>
          <Tabs.Tab value="complaints" leftSection={<IconMessageReport size={16} aria-hidden />}>
            {t('safeguarding.tabs.complaints')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {view === 'restraints' ? <RestraintsView today={info.today} /> : <ComplaintsView today={info.today} />}
    </Stack>
  );
}
