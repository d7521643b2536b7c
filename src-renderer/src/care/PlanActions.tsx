import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOMAIN_LABEL } from '@core/care/i18n/labels';
import { GoalSaveInput, ReadinessInput, ReviewInput, VisitInput, type GoalDto, type PlanDto, type VisitDto } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { ActionModal } from './ActionModal';
import { goalFields, readinessFields, readinessShape, reviewFieldsFor, reviewShape, visitFields } from './forms';
import { useCareMutation } from './mutations';

// A plan's goals (add, edit, remove: a removed goal is kept, struck through), its review with
// progress on each open goal, the transition plan's readiness checklist, and the director's
// approval when asked for.
export function PlanActions({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const [open, setOpen] = useState<'review' | 'goal' | 'readiness' | null>(null);
  const [goal, setGoal] = useState<GoalDto | null>(null);
  const review = useCareMutation('care.review');
  const approve = useCareMutation('care.approve');
  const saveGoal = useCareMutation('care.goalSave');
  const readiness = useCareMutation('care.readiness');
  const active = plan.status === 'active';
  const write = can('care.write') && active;
  const close = () => setOpen(null);
  const editGoal = (g: GoalDto | null) => {
    setGoal(g);
    setOpen('goal');
  };
  return (
    <>
      <Stack gap={2} data-testid="plan-goals">
        {plan.goals.map((g) => (
          <Group key={g.id} gap="xs" wrap="nowrap" data-testid="plan-goal">
            <Text fz="sm" c="dimmed" td={g.status === 'dropped' ? 'line-through' : undefined}>
              • {t(DOMAIN_LABEL[g.domain])}: {g.goal}{g.target ? ` — ${g.target}` : ''}{g.responsible ? ` (${g.responsible})` : ''}
              {g.status === 'dropped' ? ` — ${t('care.timeline.dropped')}` : ''}
            </Text>
            {write && g.status !== 'dropped' && (
              <>
                <Button size="compact-xs" variant="subtle" onClick={() => editGoal(g)} data-testid="goal-edit">{t('care.actions.editGoal')}</Button>
                <Button size="compact-xs" variant="subtle" color="red" loading={saveGoal.isPending} data-testid="goal-drop"
                  onClick={() => saveGoal.mutate({ planId: plan.id, goalId: g.id, domain: g.domain, goal: g.goal, target: g.target, responsible: g.responsible, dueOn: g.dueOn, status: 'dropped' })}>
                  {t('care.actions.dropGoal')}
                </Button>
              </>
            )}
          </Group>
        ))}
      </Stack>
      {active && (
        <Group gap="xs">
          {write && (
            <>
              <Button size="xs" variant="light" onClick={() => setOpen('review')} data-testid="plan-review">{t('care.actions.review')}</Button>
              <Button size="xs" variant="default" onClick={() => editGoal(null)} data-testid="goal-add">{t('care.actions.addGoal')}</Button>
              {plan.kind === 'transition' && (
                <Button size="xs" variant="default" onClick={() => setOpen('readiness')} data-testid="plan-readiness-edit">{t('care.actions.readiness')}</Button>
              )}
            </>
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
      )}
      <CallErrorAlert error={approve.error ?? saveGoal.error} />
      <ActionModal opened={open === 'review'} title={t('care.actions.review')} fields={reviewFieldsFor(plan.goals)} fixed={{ planId: plan.id }}
        initial={{ reviewedOn: info.today }} schema={ReviewInput} shape={reviewShape} mutation={review} savedMessage={t('care.saved.review')}
        testId="review-form" onClose={close} />
      <ActionModal opened={open === 'goal'} title={t(goal ? 'care.actions.editGoal' : 'care.actions.addGoal')} fields={goalFields}
        fixed={{ planId: plan.id, ...(goal ? { goalId: goal.id, status: goal.status } : {}) }}
        initial={goal ? { domain: goal.domain, goal: goal.goal, target: goal.target, responsible: goal.responsible, dueOn: goal.dueOn ?? '' } : { domain: 'family', responsible: plan.responsible }}
        schema={GoalSaveInput} mutation={saveGoal} savedMessage={t('care.saved.goal')} testId="goal-form" onClose={close} />
      <ActionModal opened={open === 'readiness'} title={t('care.actions.readiness')} fields={readinessFields} fixed={{ planId: plan.id }}
        initial={plan.readiness} schema={ReadinessInput} shape={readinessShape} mutation={readiness} savedMessage={t('care.saved.readiness')}
        testId="readiness-form" onClose={close} />
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
