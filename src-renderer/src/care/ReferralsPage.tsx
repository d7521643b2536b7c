import { useState } from 'react';
import { Badge, Button, Group, Loader, SegmentedControl, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconClipboardList, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_LABEL, REFERRAL_STATUS_LABEL, REFERRER_LABEL, RISK_LABEL } from '@core/care/i18n/labels';
import { ReferralCreateInput, type ReferralListItem } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate } from '../app/router';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, TableEmptyState, type DataColumn } from '../ui/DataTable';
import { ActionModal } from './ActionModal';
import { referralFields } from './forms';
import { useCareMutation } from './mutations';
import { carePaths } from './paths';
import { careQueries } from './queries';

// Referrals: the gatekeeping list. Open ones first (no outcome yet); a new referral of a child
// not yet in the register starts here.

export function ReferralsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { info, can } = useAppInfo();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [adding, setAdding] = useState(false);
  const list = useQuery(careQueries.referrals(status));
  const create = useCareMutation('care.referralCreate');

  const columns: DataColumn<ReferralListItem>[] = [
    { id: 'name', header: t('care.referrals.columns.name'), cell: (r) => <a href={href(carePaths.referral(r.id))} style={{ color: 'inherit', fontWeight: 500 }}>{fullName(r)}</a> },
    { id: 'date', header: t('care.referrals.columns.referredOn'), width: 120, cell: (r) => formatDate(r.referredOn, locale) },
    { id: 'referrer', header: t('care.referrals.columns.referrer'), width: 220, cell: (r) => t(REFERRER_LABEL[r.referrer]), ellipsis: (r) => t(REFERRER_LABEL[r.referrer]) },
    { id: 'risk', header: t('care.referrals.columns.risk'), width: 100, cell: (r) => t(RISK_LABEL[r.riskLevel]) },
    { id: 'assessed', header: t('care.referrals.columns.assessed'), width: 160, cell: (r) => (r.assessed ? t('care.referrals.assessed') : t('care.referrals.notAssessed')) },
    {
      id: 'status', header: t('care.referrals.columns.status'), width: 230,
      cell: (r) => <Badge variant="light" color={r.status === 'accepted' ? 'teal' : r.status === 'rejected' ? 'gray' : 'blue'}>{r.outcome ? t(OUTCOME_LABEL[r.outcome]) : t(REFERRAL_STATUS_LABEL[r.status])}</Badge>,
    },
  ];
  const newButton = can('care.write') && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)} data-testid="referral-new">
      {t('care.actions.referral')}
    </Button>
  );
  return (
    <Stack gap="sm" maw={1200}>
      <Group justify="space-between">
        <Title order={1} fz="h2">{t('care.referrals.title')}</Title>
        <Group>
          <SegmentedControl value={status} onChange={(v) => setStatus(v as 'open' | 'all')}
            data={[{ value: 'open', label: t('care.referrals.filterOpen') }, { value: 'all', label: t('care.referrals.filterAll') }]} />
          {newButton}
        </Group>
      </Group>
      {list.error ? (
        <CallErrorAlert error={list.error} title={t('care.loadFailed')} />
      ) : !list.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <DataTable
          columns={columns}
          count={list.data.length}
          rowAt={(i) => list.data[i]}
          label={t('care.referrals.tableLabel')}
          testId="referrals-table"
          minWidth={900}
          onRowClick={(r) => navigate(carePaths.referral(r.id))}
          empty={<TableEmptyState icon={<IconClipboardList size={40} aria-hidden />} title={t('care.referrals.title')} description={t('care.referrals.empty')} action={newButton} testId="referrals-empty" />}
        />
      )}
      <ActionModal
        opened={adding}
        title={t('care.actions.referral')}
        fields={referralFields}
        initial={{ referredOn: info.today, reasons: [] }}
        schema={ReferralCreateInput}
        mutation={create}
        savedMessage={t('care.saved.referral')}
        testId="referral-form"
        onClose={() => setAdding(false)}
        onSaved={(r) => navigate(carePaths.referral(r.id))}
      />
    </Stack>
  );
}
