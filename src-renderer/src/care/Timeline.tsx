import { useState } from 'react';
import { Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ADMISSION_TYPE_LABEL, DECIDING_BODY_LABEL, DESTINATION_LABEL, EXIT_REASON_LABEL, LEAVE_REASON_LABEL, OUTCOME_LABEL, PLACEMENT_LABEL,
  REASON_LABEL, RECOMMENDATION_LABEL, REFERRAL_STATUS_LABEL, REFERRER_LABEL, TIMELINE_KIND_LABEL, APPROVAL_LABEL, PLAN_KIND_LABEL,
  FOLLOW_UP_OUTCOME_LABEL, PLACEMENT_STATUS_LABEL, SERVICE_LABEL, READINESS_LABEL, DOMAIN_LABEL,
} from '@core/care/i18n/labels';
import { READINESS_ITEMS, TIMELINE_KINDS, type CareDto, type EpisodeDto, type TimelineItem, type TimelineKind } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDate, formatDateTime } from '../format';
import { useLocale } from '../i18n';
import { ReferralActions } from './ReferralActions';
import { PlanActions, VisitAction } from './PlanActions';
import { EpisodeActions } from './EpisodeActions';
import { RecordDocumentsButton } from '../documents/RecordDocuments';

// The child's care in date order: referrals, assessments, admissions, leaves, missing episodes,
// exits; filterable by kind.

const COLOR: Record<TimelineKind, string> = {
  referral: 'grape', assessment: 'violet', admission: 'teal', plan: 'indigo', review: 'cyan', leave: 'blue', missing: 'red', exit: 'orange', visit: 'lime',
};

export function Timeline({ care }: { care: CareDto }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | null>('all');
  const items = care.timeline.filter((i) => kind === 'all' || i.kind === kind);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600}>{t('care.timeline.title')}</Text>
        <Select
          label={t('care.timeline.filter')}
          data={[{ value: 'all', label: t('care.timeline.all') }, ...TIMELINE_KINDS.map((k) => ({ value: k, label: t(TIMELINE_KIND_LABEL[k]) }))]}
          value={kind}
          onChange={setKind}
          allowDeselect={false}
          w={220}
          data-testid="timeline-filter"
        />
      </Group>
      {items.length === 0 && <Text c="dimmed">{t('care.timeline.empty')}</Text>}
      <Stack gap="xs" data-testid="care-timeline">
        {items.map((i) => (
          <Item key={`${i.kind}-${i.id}`} item={i} care={care} />
        ))}
      </Stack>
    </Stack>
  );
}

function Item({ item, care }: { item: TimelineItem; care: CareDto }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const locale = useLocale();
  const d = (x: string | null) => formatDate(x, locale);
  let body: React.ReactNode = null;
  if (item.kind === 'referral' || item.kind === 'assessment') {
    const referral = care.referrals.find((r) => r.id === item.id || r.assessments.some((a) => a.id === item.id));
    const a = referral?.assessments.find((x) => x.id === item.id) ?? null;
    if (item.kind === 'assessment' && a) body = <Text fz="sm">{t('care.timeline.assessmentOf', { by: a.assessedBy, recommendation: t(RECOMMENDATION_LABEL[a.recommendation]) })}{a.notes ? ` — ${a.notes}` : ''}</Text>;
    if (item.kind === 'referral' && referral) {
      body = (
        <Stack gap={4}>
          <Text fz="sm">
            {t(REFERRER_LABEL[referral.referrer])}: {referral.reasons.map((r) => t(REASON_LABEL[r])).join(', ')}
          </Text>
          <Group gap="xs">
            <Badge variant="light" color="gray">{t(REFERRAL_STATUS_LABEL[referral.status])}</Badge>
            {referral.outcome && <Badge variant="outline">{t(OUTCOME_LABEL[referral.outcome])}</Badge>}
          </Group>
          <ReferralActions referral={referral} again={care.episodes.length > 0} />
        </Stack>
      );
    }
  } else if (item.kind === 'plan' || item.kind === 'review') {
    const plan = care.plans.find((p) => p.id === item.id || p.reviews.some((r) => r.id === item.id));
    const review = plan?.reviews.find((r) => r.id === item.id);
    if (plan && item.kind === 'plan') {
      body = (
        <Stack gap={4}>
          <Group gap="xs">
            <Text fz="sm">{t('care.timeline.planLine', { kind: t(PLAN_KIND_LABEL[plan.kind]), date: d(plan.nextReviewOn) })}</Text>
            {plan.approval && <Badge variant="outline" color={plan.approval === 'requested' ? 'yellow' : 'gray'}>{t(APPROVAL_LABEL[plan.approval])}</Badge>}
          </Group>
          {plan.kind === 'transition' && (
            <Text fz="sm" data-testid="plan-readiness">
              {t('care.timeline.readinessDone', { done: READINESS_ITEMS.filter((k) => plan.readiness[k]).length, total: READINESS_ITEMS.length })}:{' '}
              {READINESS_ITEMS.map((k) => `${plan.readiness[k] ? '☑' : '☐'} ${t(READINESS_LABEL[k])}`).join(', ')}
            </Text>
          )}
          <Group gap="xs">
            <PlanActions plan={plan} />
            <RecordDocumentsButton owner={{ ownerType: 'plan', ownerId: plan.id }} what={t(PLAN_KIND_LABEL[plan.kind])} />
          </Group>
        </Stack>
      );
    }
    if (plan && review) {
      body = (
        <Stack gap={2}>
          <Text fz="sm">
            {t(PLAN_KIND_LABEL[plan.kind])}: {review.decision || '—'}
            {review.childView ? ` — ${t('care.fields.childView')}: ${review.childView}` : ''}
            {review.nextReviewOn ? ` — ${t('care.fields.nextReviewOn')}: ${d(review.nextReviewOn)}` : ''}
          </Text>
          {plan.goals.filter((g) => review.progress[g.id]).map((g) => (
            <Text key={g.id} fz="sm" c="dimmed" data-testid="review-progress">• {t(DOMAIN_LABEL[g.domain])} — {g.goal}: {review.progress[g.id]}</Text>
          ))}
          <div>
            <RecordDocumentsButton owner={{ ownerType: 'review', ownerId: review.id }} what={`${t(TIMELINE_KIND_LABEL.review)} ${d(review.reviewedOn)}`} />
          </div>
        </Stack>
      );
    }
  } else if (item.kind === 'visit') {
    const v = care.visits.find((x) => x.id === item.id);
    if (v) {
      body = v.visitedOn ? (
        <Text fz="sm">
          {v.seen === false ? `${t('care.timeline.notSeen')}: ${v.notSeenReason}` : v.placementStatus ? t(PLACEMENT_STATUS_LABEL[v.placementStatus]) : ''}
          {v.services.length ? ` — ${v.services.map((s) => t(SERVICE_LABEL[s])).join(', ')}` : ''}
          {v.outcome ? ` — ${t(FOLLOW_UP_OUTCOME_LABEL[v.outcome])}` : ''}
        </Text>
      ) : (
        <Group gap="xs">
          <Text fz="sm" c={v.dueOn < info.today ? 'red' : 'dimmed'}>{t('care.timeline.visitDue', { date: d(v.dueOn) })}</Text>
          <VisitAction visit={v} />
        </Group>
      );
    }
  } else {
    const e = care.episodes.find((x) => x.id === item.id);
    if (e) body = (
      <>
        <EpisodeLine e={e} />
        <Group gap="xs">
          <EpisodeActions e={e} />
          <RecordDocumentsButton owner={{ ownerType: 'episode', ownerId: e.id }} what={`${t(TIMELINE_KIND_LABEL[item.kind])} ${d(item.date)}`} />
        </Group>
      </>
    );
  }
  return (
    <Paper withBorder p="sm" data-testid={`timeline-${item.kind}`}>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Text fz="sm" ff="monospace" w={90}>{d(item.date)}</Text>
        <Badge color={COLOR[item.kind]} variant="light" w={170}>{t(TIMELINE_KIND_LABEL[item.kind])}</Badge>
        <div style={{ flex: 1 }}>{body}</div>
      </Group>
    </Paper>
  );
}

function EpisodeLine({ e }: { e: EpisodeDto }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const d = (x: string | null) => formatDate(x, locale);
  const decision = e.decidingBody ? `${t(DECIDING_BODY_LABEL[e.decidingBody])}${e.decisionNumber ? ` № ${e.decisionNumber}` : ''}${e.decisionDate ? `, ${d(e.decisionDate)}` : ''}` : '';
  switch (e.kind) {
    case 'admission':
      return (
        <Text fz="sm">
          {t(ADMISSION_TYPE_LABEL[e.admissionType!])}, {t(PLACEMENT_LABEL[e.placement!])}
          {e.emergency ? ` (${t('care.timeline.emergency')})` : ''}
          {decision ? ` — ${decision}` : ''}
          {e.orderExpiresOn ? ` — ${t('care.fields.orderExpiresOn')}: ${d(e.orderExpiresOn)}` : ''}
          {e.origin !== 'care' ? ` (${t('care.timeline.origin')})` : ''}
        </Text>
      );
    case 'leave':
      return (
        <Text fz="sm">
          {t('care.timeline.leaveUntil', { reason: t(LEAVE_REASON_LABEL[e.leaveReason!]), until: d(e.expectedReturnOn) || '—' })};{' '}
          {e.endedOn ? t('care.timeline.returned', { date: d(e.endedOn) }) : t('care.timeline.stillAway')}
        </Text>
      );
    case 'missing':
      return (
        <Text fz="sm">
          {t('care.fields.noticedAt')}: {e.noticedAt ? formatDateTime(e.noticedAt, locale) : ''};{' '}
          {e.reportedAt ? `${t('care.fields.reportedTo')}: ${e.reportedTo}, ${formatDateTime(e.reportedAt, locale)}` : t('care.timeline.unreported')};{' '}
          {e.endedOn ? `${t('care.timeline.returned', { date: d(e.endedOn) })}${e.foundWhere ? ` (${e.foundWhere})` : ''}` : t('care.timeline.stillAway')}
        </Text>
      );
    default:
      return (
        <Text fz="sm">
          {t(DESTINATION_LABEL[e.destination!])}, {t(EXIT_REASON_LABEL[e.exitReason!])}
          {decision ? ` — ${decision}` : ''}
          {e.origin !== 'care' ? ` (${t('care.timeline.origin')})` : ''}
        </Text>
      );
  }
}
