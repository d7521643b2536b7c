import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconShieldHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChildTabDef } from '../app/childTabs';
import { useAppInfo } from '../app/AppInfoContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { RestraintCard } from './RestraintsView';
import { ComplaintCard } from './ComplaintsView';
import { safeguardingQueries } from './queries';

// The child's Safeguarding tab: every measure of control and complaint about the child, newest first.
function SafeguardingTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const r = useQuery(safeguardingQueries.childRestraints(residentId));
  const c = useQuery(safeguardingQueries.childComplaints(residentId));
  return (
    <Stack gap="sm">
      <Title order={4}>{t('safeguarding.tabs.restraints')}</Title>
      <CallErrorAlert error={r.error} title={t('safeguarding.restraints.loadFailed')} />
      {r.data?.length === 0 && <Text c="dimmed">{t('safeguarding.restraints.emptyAll')}</Text>}
      {r.data?.map((x) => <RestraintCard key={x.id} r={x} today={info.today} />)}
      <Title order={4}>{t('safeguarding.tabs.complaints')}</Title>
      <CallErrorAlert error={c.error} title={t('safeguarding.complaints.loadFailed')} />
      {c.data?.length === 0 && <Text c="dimmed">{t('safeguarding.complaints.emptyAll')}</Text>}
      {c.data?.map((x) => <ComplaintCard key={x.id} c={x} today={info.today} />)}
    </Stack>
  );
}

export const safeguardingTab: ChildTabDef = {
  id: 'safeguarding',
  label: 'safeguarding.nav',
  icon: IconShieldHeart,
  permission: 'daily.write',
  render: (r) => <SafeguardingTab residentId={r.id} />,
};
