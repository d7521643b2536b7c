import { useState } from 'react';
import { Badge, Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CARE_STATUS_LABEL } from '@core/care/i18n/labels';
import { PlanCreateInput, ExitInput, LeaveInput, MissingInput, MissingReportInput, ReferralCreateInput, ReturnInput } from '@core/care/schema';
import type { ResidentDto } from '@core/residents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { ActionModal } from './ActionModal';
import { planFields, planShape, exitFields, foundFields, leaveFields, missingFields, referralAgainFields, reportFields, returnFields } from './forms';
import { useCareMutation } from './mutations';
import { careQueries } from './queries';
import { Timeline } from './Timeline';

// The child's Care tab: the status the episodes give, what can be done now (leave, missing,
// return, discharge; a new referral after an exit), and the timeline.

type Action = 'plan' | 'referral' | 'leave' | 'missing' | 'return' | 'found' | 'report' | 'exit';

export function CareTab({ resident }: { resident: ResidentDto }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const q = useQuery(careQueries.child(resident.id));
  const [open, setOpen] = useState<Action | null>(null);
  const m = {
    referral: useCareMutation('care.referralCreate'),
    leave: useCareMutation('care.leave'),
    missing: useCareMutation('care.missing'),
    ret: useCareMutation('care.return'),
    report: useCareMutation('care.missingReport'),
    exit: useCareMutation('care.exit'),
    plan: useCareMutation('care.planCreate'),
  };
  if (!q.data) return <CallErrorAlert error={q.error} title={t('care.loadFailed')} />;
  const care = q.data;
  const inCare = care.status === 'resident' || care.status === 'day_attendee';
  const away = care.away;
  const openReferral = care.referrals.some((r) => r.outcome === null);
  const button = (a: Action, label: string, variant = 'light') => (
    <Button key={a} size="sm" variant={variant} onClick={() => setOpen(a)} data-testid={`care-action-${a}`}>
      {label}
    </Button>
  );
  const close = () => setOpen(null);
  const child = { residentId: resident.id };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Badge size="lg" variant="light" data-testid="care-status">
          {t('care.statusLabel', { status: t(CARE_STATUS_LABEL[care.status]) })}
        </Badge>
        {can('care.write') && (
          <Group gap="xs">
            {(inCare || away) && button('plan', t('care.actions.plan'))}
            {inCare && [button('leave', t('care.actions.leave')), button('missing', t('care.actions.missing')), button('exit', t('care.actions.exit'), 'filled')]}
            {away?.kind === 'leave' && button('return', t('care.actions.return'), 'filled')}
            {away?.kind === 'missing' && [button('found', t('care.actions.found'), 'filled'), !away.reportedAt && button('report', t('care.actions.report'))]}
            {care.status === 'discharged' && !openReferral && button('referral', t('care.actions.referral'))}
          </Group>
        )}
      </Group>
      <Timeline care={care} />

      <ActionModal opened={open === 'referral'} title={t('care.actions.referral')} fields={referralAgainFields}
        fixed={{ ...child, lastName: resident.lastName, firstName: resident.firstName, patronymic: resident.patronymic, sex: resident.sex, dateOfBirth: resident.dateOfBirth }}
        initial={{ referredOn: info.today, reasons: [] }} schema={ReferralCreateInput} mutation={m.referral}
        savedMessage={t('care.saved.referral')} testId="referral-form" onClose={close} />
      <ActionModal opened={open === 'plan'} title={t('care.actions.plan')} fields={planFields} fixed={child} shape={planShape}
        initial={{ startedOn: info.today, kind: 'reintegration', reviewMonths: 3, domain: 'family' }} schema={PlanCreateInput} mutation={m.plan}
        savedMessage={t('care.saved.plan')} testId="plan-form" onClose={close} />
      <ActionModal opened={open === 'leave'} title={t('care.actions.leave')} fields={leaveFields} fixed={child}
        initial={{ startedOn: info.today, leaveReason: 'family_visit' }} schema={LeaveInput} mutation={m.leave}
        savedMessage={t('care.saved.leave')} testId="leave-form" onClose={close} />
      <ActionModal opened={open === 'missing'} title={t('care.actions.missing')} fields={missingFields} fixed={child}
        schema={MissingInput} mutation={m.missing} savedMessage={t('care.saved.missing')} testId="missing-form" onClose={close} />
      <ActionModal opened={open === 'return'} title={t('care.actions.return')} fields={returnFields} fixed={{ episodeId: away?.id }}
        initial={{ endedOn: info.today }} schema={ReturnInput} mutation={m.ret} savedMessage={t('care.saved.return')} testId="return-form" onClose={close} />
      <ActionModal opened={open === 'found'} title={t('care.actions.found')} fields={foundFields} fixed={{ episodeId: away?.id }}
        initial={{ endedOn: info.today }} schema={ReturnInput} mutation={m.ret} savedMessage={t('care.saved.return')} testId="found-form" onClose={close} />
      <ActionModal opened={open === 'report'} title={t('care.actions.report')} fields={reportFields} fixed={{ episodeId: away?.id }}
        schema={MissingReportInput} mutation={m.report} savedMessage={t('care.saved.report')} testId="report-form" onClose={close} />
      <ActionModal opened={open === 'exit'} title={t('care.actions.exit')} fields={exitFields} fixed={child}
        initial={{ exitedOn: info.today }} schema={ExitInput} mutation={m.exit} savedMessage={t('care.saved.exit')}
        saveLabel={t('care.actions.exit')} testId="exit-form" onClose={close} />
    </Stack>
  );
}
