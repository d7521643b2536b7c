import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReviewInput, VisitInput, type PlanDto, type VisitDto } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { ActionModal } from './ActionModal';
import { reviewFields, visitFields } from './forms';
import { useCareMutation } from './mutations';

// A plan's actions: its review, and the director's approval when asked for.
export function PlanActions({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const [open, setOpen] = useState(false);
  const review = useCareMutation('care.review');
  const approve = useCareMutation('care.approve');
  if (plan.status !== 'active') return null;
  return (
    <>
      <Group gap="xs">
        {can('care.write') && (
          <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="plan-review">{t('care.actions.review')}</Button>
        )}
        {can('care.approve') && plan.approval === 'requested' && (
          <>
            <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate({ kind: 'plan', id: plan.id, decision: 'approved' })} data-testid="plan-approve">
              {t('care.actions.approve')}
            </Button>
            <Button size="xs" variant="default" loading={approve.isPending} onClick={() => approve.mutate({ kind: 'plan', id: plan.id, decision: 'rejected' })}>
              {t('care.actions.reject')}
            </Button>
          </>
        )}
      </Group>
      <CallErrorAlert error={approve.error} />
      <ActionModal opened={open} title={t('care.actions.review')} fields={reviewFields} fixed={{ planId: plan.id }}
        initial={{ reviewedOn: info.today }} schema={ReviewInput} mutation={review} savedMessage={t('care.saved.review')}
        testId="review-form" onClose={() => setOpen(false)} />
    </>
  );
}

/** A scheduled follow-up visit not yet made: record it. */
export function VisitAction({ visit }: { visit: VisitDto }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const [open, setOpen] = useState(false);
  const record = useCareMutation('care.visit');
  if (!can('care.write') || visit.visitedOn) return null;
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="visit-record">{t('care.actions.visit')}</Button>
      <ActionModal opened={open} title={t('care.actions.visit')} fields={visitFields} fixed={{ visitId: visit.id }}
        initial={{ visitedOn: info.today, seen: true, services: [] }} schema={VisitInput} mutation={record}
        savedMessage={t('care.saved.visit')} testId="visit-form" onClose={() => setOpen(false)} />
    </>
  );
}
