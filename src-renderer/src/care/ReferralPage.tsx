import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WELLBEING_DOMAINS } from '@core/care/schema';
import { DOMAIN_LABEL, OUTCOME_LABEL, REASON_LABEL, RECOMMENDATION_LABEL, REFERRAL_STATUS_LABEL, REFERRER_LABEL, RISK_LABEL } from '@core/care/i18n/labels';
import { SEX_LABEL } from '@core/residents/i18n/labels';
import { href, navigate, paths } from '../app/router';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { BackLink, RecordHeader, RecordLoading } from '../ui/RecordPage';
import { carePaths } from './paths';
import { careQueries } from './queries';
import { ReferralActions } from './ReferralActions';

// One referral: who, by whom, why; its assessments; and what can be done with it.

export function ReferralPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: r, error } = useQuery(careQueries.referral(id));
  const back = <BackLink href={href(carePaths.referrals())} label={t('care.referrals.back')} />;
  if (!r) return <RecordLoading error={error} title={t('care.loadFailed')} back={back} />;
  const d = (x: string | null) => formatDate(x, locale);
  return (
    <Stack gap="md" maw={1000}>
      {back}
      <RecordHeader name={fullName(r)} testId="referral-name" action={r.residentId && (
        <Button variant="light" onClick={() => navigate(paths.childTab(r.residentId!, 'care'))}>{t('care.referrals.openChild')}</Button>
      )}>
        <Badge variant="light" data-testid="referral-status">{r.outcome ? t(OUTCOME_LABEL[r.outcome]) : t(REFERRAL_STATUS_LABEL[r.status])}</Badge>
        <Text fz="sm">{t(SEX_LABEL[r.sex])}{r.dateOfBirth ? `, ${d(r.dateOfBirth)}` : ''}</Text>
      </RecordHeader>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text fz="sm">{t('care.fields.referredOn')}: {d(r.referredOn)}</Text>
          <Text fz="sm">{t('care.fields.referrer')}: {t(REFERRER_LABEL[r.referrer])}{r.referrerName ? ` (${r.referrerName})` : ''}</Text>
          <Text fz="sm">{t('care.fields.reasons')}: {r.reasons.map((x) => t(REASON_LABEL[x])).join(', ')}</Text>
          <Text fz="sm">{t('care.fields.riskLevel')}: {t(RISK_LABEL[r.riskLevel])}</Text>
          {r.childSituation && <Text fz="sm">{t('care.fields.childSituation')}: {r.childSituation}</Text>}
          {r.familySituation && <Text fz="sm">{t('care.fields.familySituation')}: {r.familySituation}</Text>}
          {r.outcomeService && <Text fz="sm">{t('care.fields.outcomeService')}: {r.outcomeService} {r.outcomePlace}</Text>}
          {r.outcomeReason && <Text fz="sm">{t('care.fields.outcomeReason')}: {r.outcomeReason}</Text>}
        </Stack>
      </Paper>
      <Text fw={600}>{t('care.referrals.assessments')}</Text>
      {r.assessments.length === 0 && <Text c="dimmed" fz="sm">{t('care.referrals.noAssessments')}</Text>}
      <Stack gap="xs" data-testid="referral-assessments">
        {r.assessments.map((a) => (
          <Paper key={a.id} withBorder p="sm">
            <Group gap="sm">
              <Text fz="sm" ff="monospace">{d(a.assessedOn)}</Text>
              <Text fz="sm">{a.assessedBy}</Text>
              <Badge variant="outline">{t(RECOMMENDATION_LABEL[a.recommendation])}</Badge>
              {a.notes && <Text fz="sm">{a.notes}</Text>}
            </Group>
            {WELLBEING_DOMAINS.filter((k) => a.needs[k]).map((k) => (
              <Text key={k} fz="sm" c="dimmed" data-testid="assessment-need">• {t(DOMAIN_LABEL[k])}: {a.needs[k]}</Text>
            ))}
          </Paper>
        ))}
      </Stack>
      <ReferralActions referral={r} again={r.residentId !== null} />
    </Stack>
  );
}
