import { Button, Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  AssessmentAddInput, AssessmentUpdateInput, BARRIERS, CHECKLIST_ITEMS, FREQUENCY_UNITS, FUNCTIONING_DOMAINS, GOAL_DOMAINS, GOAL_STATUSES, GoalSaveInput, NONE_REASONS,
  PlanApproveInput, PlanCloseInput, PlanCreateInput, PlanUpdateInput, ReviewAddInput, SCHOOL_TYPES, SCORES, SERVICES, SUPPORT_KINDS,
  SchoolingSaveInput, SupportSaveInput, academicYearDates, academicYearOf, goalIssues, planDateIssues, reviewDateIssues, schoolingIssues,
  supportIssues, type AssessmentDto, type ChildEducationDto, type GoalDto, type PlanDto, type SchoolingDto, type SupportDto,
} from '@core/education/schema';
import {
  BARRIER_LABEL, CHECKLIST_LABEL, FREQUENCY_UNIT_LABEL, FUNCTIONING_DOMAIN_LABEL, GOAL_DOMAIN_LABEL, GOAL_STATUS_LABEL, NONE_REASON_LABEL,
  SCHOOL_TYPE_LABEL, SCORE_LABEL, SERVICE_LABEL, SUPPORT_KIND_LABEL,
} from '@core/education/i18n/labels';
import type { MessageKey } from '@core/i18n/keys';
import { useAppInfo } from '../app/AppInfoContext';
import { useDynamicT } from '../i18n';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { useEducationWrite } from './mutations';
import { useCallForm } from './useCallForm';

// The education dialogs: schooling for a year, an assessment, a support, a plan's fields, a goal,
// approval, closing and a review. Each validates with its call's schema and says what was saved.

const saved = (message: string) => notifications.show({ color: 'teal', message });

interface DialogProps {
  opened: boolean;
  onClose(): void;
}

function useOptions() {
  const tk = useDynamicT();
  return <T extends string | number>(values: readonly T[], labels: Record<T, MessageKey>) => values.map((v) => ({ value: String(v), label: tk(labels[v]) }));
}

/** A date field bound to a form path. */
function FormDate({ label, value, onChange, error, required, testId }: { label: string; value: unknown; onChange(v: string): void; error?: string; required?: boolean; testId?: string }) {
  return <DateField label={label} withAsterisk={required} value={(value as string | null) ?? ''} onChange={onChange} error={error} data-testid={testId} />;
}

// ── schooling ────────────────────────────────────────────────────────────────────────────────

export function SchoolingDialog({ opened, onClose, residentId, schooling }: DialogProps & { residentId: string; schooling: SchoolingDto | null }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const options = useOptions();
  const save = useEducationWrite('education.schoolingSave');
  const { form, input, onError, errText } = useCallForm({
    opened,
    resetKey: schooling?.id,
    schema: SchoolingSaveInput,
    issues: schoolingIssues,
    initial: () => ({
      ...(schooling ? { id: schooling.id, version: schooling.version } : {}),
      residentId,
      academicYear: schooling?.academicYear ?? academicYearOf(info.today),
      schoolType: schooling?.schoolType ?? 'mainstream',
      noneReason: schooling?.noneReason ?? null,
      schoolName: schooling?.schoolName ?? '',
      outsideInstitution: schooling?.outsideInstitution ?? true,
      withChildrenNotInCare: schooling?.withChildrenNotInCare ?? true,
      grade: schooling?.grade ?? '',
      inclusive: schooling?.inclusive ?? false,
      startDate: schooling?.startDate ?? '',
      endDate: schooling?.endDate ?? '',
      contactTeacher: schooling?.contactTeacher ?? '',
      contactPhone: schooling?.contactPhone ?? '',
      notes: schooling?.notes ?? '',
      absences: schooling?.absences.filter((a) => a.source === 'typed').map(({ month, daysMissed }) => ({ month, daysMissed })) ?? [],
    }),
  });
  const none = form.values.schoolType === 'none';
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('education.dialogs.schoolingTitle')}
      pending={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit((v) =>
        save.mutate(SchoolingSaveInput.parse(v), { onSuccess: () => (saved(t('education.plan.schoolingSaved')), onClose()), onError }),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextInput label={t('education.fields.academicYear')} description={t('education.hints.academicYear')} withAsterisk data-autofocus {...input('academicYear')} />
        <Select label={t('education.fields.schoolType')} withAsterisk allowDeselect={false} data={options(SCHOOL_TYPES, SCHOOL_TYPE_LABEL)} {...input('schoolType')} />
        {none ? (
          <Select label={t('education.fields.noneReason')} withAsterisk data={options(NONE_REASONS, NONE_REASON_LABEL)} {...input('noneReason')} />
        ) : (
          <>
            <TextInput label={t('education.fields.schoolName')} {...input('schoolName')} />
            <TextInput label={t('education.fields.grade')} {...input('grade')} />
          </>
        )}
      </SimpleGrid>
      {!none && (
        <Stack gap="xs">
          <Checkbox label={t('education.fields.outsideInstitution')} disabled={form.values.schoolType === 'in_institution'} {...input('outsideInstitution', { type: 'checkbox' })} />
          <Checkbox label={t('education.fields.withChildrenNotInCare')} {...input('withChildrenNotInCare', { type: 'checkbox' })} />
          <Checkbox label={t('education.fields.inclusive')} {...input('inclusive', { type: 'checkbox' })} />
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <FormDate label={t('education.fields.startDate')} value={form.values.startDate} onChange={(v) => form.setFieldValue('startDate', v)} error={errText(form.errors.startDate)} />
        <FormDate label={t('education.fields.endDate')} value={form.values.endDate} onChange={(v) => form.setFieldValue('endDate', v)} error={errText(form.errors.endDate)} />
        <TextInput label={t('education.fields.contactTeacher')} {...input('contactTeacher')} />
        <TextInput label={t('education.fields.contactPhone')} {...input('contactPhone')} />
      </SimpleGrid>
      <Stack gap={6}>
        <Text fw={600} fz="sm">{t('education.fields.absences')}</Text>
        <Text fz="xs" c="dimmed">{t('education.child.absencesHint')}</Text>
        {form.values.absences.map((a, i) => (
          <Group key={i} gap="sm" align="flex-start" wrap="nowrap">
            <TextInput aria-label={t('education.fields.month')} placeholder="2026-10" w={130} {...input(`absences.${i}.month`)} />
            <NumberInput aria-label={`${t('education.fields.daysMissed')}: ${a.month}`} min={0} max={31} w={110} {...input(`absences.${i}.daysMissed`)} />
            <Button variant="subtle" color="gray" aria-label={t('education.child.removeAbsence', { month: a.month })} onClick={() => form.removeListItem('absences', i)}>
              ×
            </Button>
          </Group>
        ))}
        <Button
          size="xs"
          variant="subtle"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('absences', { month: info.today.slice(0, 7), daysMissed: 0 })}
        >
          {t('education.child.addAbsence')}
        </Button>
      </Stack>
      <Textarea label={t('education.fields.notes')} autosize minRows={2} {...input('notes')} />
    </ModalForm>
  );
}

// ── assessment ───────────────────────────────────────────────────────────────────────────────

/** A new assessment, or (with `assessment`) its correction, every field again with its version. */
export function AssessmentDialog({ opened, onClose, residentId, assessment = null }: DialogProps & { residentId: string; assessment?: AssessmentDto | null }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const options = useOptions();
  const add = useEducationWrite('education.assessmentAdd');
  const update = useEducationWrite('education.assessmentUpdate');
  const save = assessment ? update : add;
  const { form, input, onError, errText } = useCallForm({
    opened,
    resetKey: assessment?.id,
    schema: assessment ? AssessmentUpdateInput : AssessmentAddInput,
    initial: () => ({
      ...(assessment ? { id: assessment.id, version: assessment.version } : {}),
      residentId,
      assessedOn: assessment?.assessedOn ?? info.today,
      assessedBy: assessment?.assessedBy ?? info.actor?.displayName ?? '',
      notes: assessment?.notes ?? '',
      scores: Object.fromEntries(FUNCTIONING_DOMAINS.map((d) => [d, assessment?.scores[d] ?? null])) as Record<string, number | null>,
      barriers: (assessment?.barriers ?? []) as Array<{ barrier: string; note?: string }>,
    }),
  });
  const submit = (v: Record<string, unknown>) => {
    const done = { onSuccess: () => (saved(t('education.plan.assessmentSaved')), onClose()), onError };
    if (assessment) update.mutate(AssessmentUpdateInput.parse(v), done);
    else add.mutate(AssessmentAddInput.parse(v), done);
  };
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('education.dialogs.assessmentTitle')}
      intro={<Text fz="sm">{t('education.dialogs.assessmentIntro')}</Text>}
      pending={save.isPending}
      error={save.error}
      size="xl"
      onSubmit={form.onSubmit(submit)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <FormDate label={t('education.fields.assessedOn')} required value={form.values.assessedOn} onChange={(v) => form.setFieldValue('assessedOn', v)} error={errText(form.errors.assessedOn)} />
        <TextInput label={t('education.fields.assessedBy')} withAsterisk {...input('assessedBy')} />
        {FUNCTIONING_DOMAINS.map((d) => {
          const p = input(`scores.${d}`);
          return (
            <Select
              key={d}
              label={t(FUNCTIONING_DOMAIN_LABEL[d])}
              withAsterisk
              data={options(SCORES, SCORE_LABEL)}
              {...p}
              value={p.value == null ? null : String(p.value)}
              onChange={(v) => form.setFieldValue(`scores.${d}`, v === null ? null : Number(v))}
            />
          );
        })}
      </SimpleGrid>
      <Checkbox.Group
        label={t('education.fields.barriers')}
        value={form.values.barriers.map((b) => b.barrier)}
        onChange={(v) => form.setFieldValue('barriers', v.map((barrier) => form.values.barriers.find((b) => b.barrier === barrier) ?? { barrier }))}
      >
        <Group gap="md" mt={4}>
          {BARRIERS.map((b) => <Checkbox key={b} value={b} label={t(BARRIER_LABEL[b])} />)}
        </Group>
      </Checkbox.Group>
      <Textarea label={t('education.fields.notes')} autosize minRows={2} {...input('notes')} />
    </ModalForm>
  );
}

// ── support ──────────────────────────────────────────────────────────────────────────────────

/** A new support, or (with `support`) a change to it. */
export function SupportDialog({ opened, onClose, residentId, planId, support = null }: DialogProps & { residentId: string; planId: string | null; support?: SupportDto | null }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const options = useOptions();
  const save = useEducationWrite('education.supportSave');
  const { form, input, onError, errText } = useCallForm({
    opened,
    resetKey: support?.id,
    schema: SupportSaveInput,
    issues: (v) => supportIssues(v as never),
    initial: () =>
      support
        ? {
            id: support.id, version: support.version, residentId, planId: support.planId, kind: support.kind as string, service: support.service as string | null,
            description: support.description, provider: support.provider, frequencyCount: support.frequencyCount, frequencyUnit: support.frequencyUnit as string | null,
            startDate: support.startDate, endDate: support.endDate ?? '',
          }
        : {
            residentId, planId, kind: 'service', service: null as string | null, description: '', provider: '',
            frequencyCount: null as number | null, frequencyUnit: null as string | null, startDate: info.today, endDate: '',
          },
  });
  const count = input('frequencyCount');
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('education.dialogs.supportTitle')}
      pending={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit((v) => save.mutate(SupportSaveInput.parse(v), { onSuccess: () => (saved(t('education.plan.supportSaved')), onClose()), onError }))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <Select label={t('education.fields.kind')} withAsterisk allowDeselect={false} data={options(SUPPORT_KINDS, SUPPORT_KIND_LABEL)} {...input('kind')} />
        {form.values.kind === 'service' && <Select label={t('education.fields.service')} withAsterisk data={options(SERVICES, SERVICE_LABEL)} {...input('service')} />}
        <TextInput label={t('education.fields.description')} {...input('description')} />
        <TextInput label={t('education.fields.provider')} {...input('provider')} />
        <NumberInput label={t('education.fields.frequencyCount')} min={1} max={100} {...count} value={count.value ?? ''} onChange={(v) => form.setFieldValue('frequencyCount', v === '' ? null : Number(v))} />
        <Select label={t('education.fields.frequencyUnit')} data={options(FREQUENCY_UNITS, FREQUENCY_UNIT_LABEL)} {...input('frequencyUnit')} />
        <FormDate label={t('education.fields.startDate')} required value={form.values.startDate} onChange={(v) => form.setFieldValue('startDate', v)} error={errText(form.errors.startDate)} />
        <FormDate label={t('education.fields.endDate')} value={form.values.endDate} onChange={(v) => form.setFieldValue('endDate', v)} error={errText(form.errors.endDate)} />
      </SimpleGrid>
    </ModalForm>
  );
}

// ── plan fields (new, next year's, edit) ─────────────────────────────────────────────────────

export function PlanDialog({
  opened, onClose, residentId, education, plan, from, onCreated,
}: DialogProps & { residentId: string; education?: ChildEducationDto; plan?: PlanDto; from?: PlanDto; onCreated?(p: PlanDto): void }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const create = useEducationWrite('education.planCreate');
  const update = useEducationWrite('education.planUpdate');
  const year = from ? `${Number(from.academicYear.slice(0, 4)) + 1}-${Number(from.academicYear.slice(0, 4)) + 2}` : academicYearOf(info.today);
  const dates = academicYearDates(year);
  const schoolingFor = (y: string) => education?.schooling.find((s) => s.academicYear === y)?.id ?? null;
  const { form, input, onError, errText } = useCallForm({
    opened,
    resetKey: plan?.id ?? from?.id,
    schema: plan ? PlanUpdateInput : PlanCreateInput,
    issues: planDateIssues,
    initial: () =>
      plan
        ? {
            id: plan.id, version: plan.version, startDate: plan.startDate, endDate: plan.endDate, responsibleTeacher: plan.responsibleTeacher,
            team: plan.team, strengths: plan.strengths, needs: plan.needs, accommodations: plan.accommodations,
          }
        : {
            residentId, academicYear: year, startDate: dates.start, endDate: dates.end,
            responsibleTeacher: from?.responsibleTeacher ?? info.actor?.displayName ?? '', team: from?.team ?? '', strengths: from?.strengths ?? '',
            needs: from?.needs ?? '', accommodations: from?.accommodations ?? '', schoolingId: schoolingFor(year),
            assessmentId: education?.assessments[0]?.id ?? null, fromPlanId: from?.id ?? null,
            carryGoalIds: from ? from.goals.filter((g) => g.status !== 'achieved' && g.status !== 'discontinued').map((g) => g.id) : [],
          },
  });
  const pending = create.isPending || update.isPending;
  const submit = form.onSubmit((v) => {
    if (plan) update.mutate(PlanUpdateInput.parse(v), { onSuccess: () => (saved(t('education.plan.saved')), onClose()), onError });
    else create.mutate(PlanCreateInput.parse({ ...v, schoolingId: schoolingFor(String(v.academicYear)) }), { onSuccess: (p) => (saved(t('education.plan.saved')), onClose(), onCreated?.(p as PlanDto)), onError });
  });
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={plan ? t('education.plan.edit') : from ? t('education.dialogs.nextPlanTitle') : t('education.dialogs.planTitle')}
      pending={pending}
      error={create.error ?? update.error}
      size="xl"
      onSubmit={submit}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
        {!plan && <TextInput label={t('education.fields.academicYear')} withAsterisk description={t('education.hints.academicYear')} {...input('academicYear')} />}
        <FormDate label={t('education.fields.startDate')} required value={form.values.startDate} onChange={(v) => form.setFieldValue('startDate', v)} error={errText(form.errors.startDate)} />
        <FormDate label={t('education.fields.endDate')} required value={form.values.endDate} onChange={(v) => form.setFieldValue('endDate', v)} error={errText(form.errors.endDate)} />
      </SimpleGrid>
      <TextInput label={t('education.fields.responsibleTeacher')} withAsterisk data-autofocus {...input('responsibleTeacher')} />
      <TextInput label={t('education.fields.team')} description={t('education.hints.team')} {...input('team')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <Textarea label={t('education.fields.strengths')} autosize minRows={3} {...input('strengths')} />
        <Textarea label={t('education.fields.needs')} autosize minRows={3} {...input('needs')} />
      </SimpleGrid>
      <Textarea label={t('education.fields.accommodations')} description={t('education.hints.accommodations')} autosize minRows={3} {...input('accommodations')} />
      {from && from.goals.length > 0 && (
        <Checkbox.Group label={t('education.dialogs.carryGoals')} value={form.values.carryGoalIds as string[]} onChange={(v) => form.setFieldValue('carryGoalIds', v)}>
          <Stack gap={4} mt={4}>
            {from.goals.map((g) => <Checkbox key={g.id} value={g.id} label={`${g.description} (${t(GOAL_STATUS_LABEL[g.status])})`} />)}
          </Stack>
        </Checkbox.Group>
      )}
    </ModalForm>
  );
}

// ── goal ─────────────────────────────────────────────────────────────────────────────────────

export function GoalDialog({ opened, onClose, plan, goal }: DialogProps & { plan: PlanDto; goal: GoalDto | null }) {
  const { t } = useTranslation();
  const options = useOptions();
  const save = useEducationWrite('education.goalSave');
  const { form, input, onError, errText } = useCallForm({
    opened,
    resetKey: goal?.id,
    schema: GoalSaveInput,
    issues: (v) => goalIssues(v as { targetDate: string }, plan),
    initial: () => ({
      planId: plan.id,
      ...(goal ? { id: goal.id, version: goal.version } : {}),
      domain: goal?.domain ?? 'academic',
      description: goal?.description ?? '',
      baseline: goal?.baseline ?? '',
      target: goal?.target ?? '',
      targetDate: goal?.targetDate ?? plan.endDate,
      status: goal?.status ?? 'not_started',
    }),
  });
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={goal ? t('education.plan.editGoal', { goal: goal.description }) : t('education.dialogs.goalTitle')}
      pending={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit((v) => save.mutate(GoalSaveInput.parse(v), { onSuccess: () => (saved(t('education.plan.goalSaved')), onClose()), onError }))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <Select label={t('education.fields.goalDomain')} withAsterisk allowDeselect={false} data={options(GOAL_DOMAINS, GOAL_DOMAIN_LABEL)} {...input('domain')} />
        <Select label={t('education.fields.goalStatus')} withAsterisk allowDeselect={false} data={options(GOAL_STATUSES, GOAL_STATUS_LABEL)} {...input('status')} />
      </SimpleGrid>
      <TextInput label={t('education.fields.goalDescription')} withAsterisk data-autofocus {...input('description')} />
      <Textarea label={t('education.fields.baseline')} autosize minRows={2} {...input('baseline')} />
      <TextInput label={t('education.fields.target')} description={t('education.hints.target')} withAsterisk {...input('target')} />
      <FormDate label={t('education.fields.targetDate')} required value={form.values.targetDate} onChange={(v) => form.setFieldValue('targetDate', v)} error={errText(form.errors.targetDate)} />
    </ModalForm>
  );
}

// ── approve, close ───────────────────────────────────────────────────────────────────────────

export function ApproveDialog({ opened, onClose, plan }: DialogProps & { plan: PlanDto }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const save = useEducationWrite('education.planApprove');
  const { form, onError, errText } = useCallForm({
    opened,
    schema: PlanApproveInput,
    initial: () => ({ id: plan.id, version: plan.version, nextReviewDate: plan.nextReviewDate ?? '' }),
    issues: (v) => (String(v.nextReviewDate) < info.today ? [{ path: 'nextReviewDate', message: 'education.errors.reviewInPast' }] : []),
  });
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('education.dialogs.approveTitle')}
      intro={<Text fz="sm">{t('education.dialogs.approveIntro')}</Text>}
      saveLabel={t('education.plan.approve')}
      pending={save.isPending}
      error={save.error}
      onSubmit={form.onSubmit((v) => save.mutate({ ...PlanApproveInput.parse(v), version: plan.version }, { onSuccess: () => (saved(t('education.plan.approved')), onClose()), onError }))}
    >
      <FormDate label={t('education.fields.nextReviewDate')} required value={form.values.nextReviewDate} onChange={(v) => form.setFieldValue('nextReviewDate', v)} error={errText(form.errors.nextReviewDate)} />
    </ModalForm>
  );
}

export function CloseDialog({ opened, onClose, plan }: DialogProps & { plan: PlanDto }) {
  const { t } = useTranslation();
  const save = useEducationWrite('education.planClose');
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('education.dialogs.closeTitle')}
      intro={<Text fz="sm">{t('education.dialogs.closeIntro')}</Text>}
      saveLabel={t('education.plan.close')}
      pending={save.isPending}
      error={save.error}
      onSubmit={(e) => {
        e?.preventDefault();
        save.mutate(PlanCloseInput.parse({ id: plan.id, version: plan.version }), { onSuccess: () => (saved(t('education.plan.closed')), onClose()) });
      }}
    >
      {null}
    </ModalForm>
  );
}

// ── review ───────────────────────────────────────────────────────────────────────────────────

const ANSWERS = ['yes', 'no', 'unknown'] as const;
const toAnswer = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');
const fromAnswer = (a: string) => (a === 'unknown' ? null : a === 'yes');

export function ReviewDialog({ opened, onClose, plan }: DialogProps & { plan: PlanDto }) {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const options = useOptions();
  const save = useEducationWrite('education.reviewAdd');
  const { form, input, onError, errText } = useCallForm({
    opened,
    schema: ReviewAddInput,
    issues: (v) => reviewDateIssues(v as { reviewDate: string; nextReviewDate: string | null }, info.today),
    initial: () => ({
      planId: plan.id,
      reviewDate: info.today,
      participants: [plan.responsibleTeacher, plan.team].filter(Boolean).join(', '),
      summary: '',
      nextReviewDate: '',
      checklist: Object.fromEntries(CHECKLIST_ITEMS.map((c) => [c, null])) as Record<string, boolean | null>,
      progress: plan.goals.map((g) => ({ goalId: g.id, status: g.status as string, note: '' })),
    }),
  });
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('education.dialogs.reviewTitle')}
      pending={save.isPending}
      error={save.error}
      size="xl"
      onSubmit={form.onSubmit((v) => save.mutate(ReviewAddInput.parse(v), { onSuccess: () => (saved(t('education.plan.reviewSaved')), onClose()), onError }))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <FormDate label={t('education.fields.reviewDate')} required value={form.values.reviewDate} onChange={(v) => form.setFieldValue('reviewDate', v)} error={errText(form.errors.reviewDate)} />
        <FormDate label={t('education.fields.nextReviewDate')} value={form.values.nextReviewDate} onChange={(v) => form.setFieldValue('nextReviewDate', v)} error={errText(form.errors.nextReviewDate)} />
      </SimpleGrid>
      <TextInput label={t('education.fields.participants')} {...input('participants')} />
      <Stack gap="xs">
        <Text fw={600} fz="sm">{t('education.fields.goals')}</Text>
        {plan.goals.map((g, i) => (
          <SimpleGrid key={g.id} cols={{ base: 1, sm: 3 }} spacing="sm" data-testid={`review-goal-${i}`}>
            <Text fz="sm" style={{ alignSelf: 'center' }}>{g.description}</Text>
            <Select aria-label={`${t('education.fields.goalStatus')}: ${g.description}`} allowDeselect={false} data={options(GOAL_STATUSES, GOAL_STATUS_LABEL)} {...input(`progress.${i}.status`)} />
            <TextInput aria-label={`${t('education.fields.progressNote')}: ${g.description}`} placeholder={t('education.fields.progressNote')} {...input(`progress.${i}.note`)} />
          </SimpleGrid>
        ))}
      </Stack>
      <Stack gap={6}>
        <Text fw={600} fz="sm">{t('education.plan.sections.checklist')}</Text>
        {CHECKLIST_ITEMS.map((c) => (
          <Group key={c} justify="space-between" wrap="nowrap" gap="sm">
            <Stack gap={0}>
              <Text fz="sm" id={`check-${c}`}>{t(CHECKLIST_LABEL[c])}</Text>
              {c === 'attendanceOk' && plan.schooling && plan.schooling.absences.length > 0 && (
                <Text fz="xs" c="dimmed" data-testid="review-days-missed">
                  {t('education.dialogs.daysMissedHint', {
                    months: plan.schooling.absences.map((a) => `${a.month.slice(5)}.${a.month.slice(0, 4)} — ${a.daysMissed}`).join(', '),
                  })}
                </Text>
              )}
            </Stack>
            <SegmentedControl
              size="xs"
              aria-labelledby={`check-${c}`}
              value={toAnswer(form.values.checklist[c] ?? null)}
              onChange={(a) => form.setFieldValue(`checklist.${c}`, fromAnswer(a))}
              data={ANSWERS.map((a) => ({ value: a, label: t(a === 'yes' ? 'education.answer.yes' : a === 'no' ? 'education.answer.no' : 'education.answer.unknown') }))}
            />
          </Group>
        ))}
      </Stack>
      <Textarea label={t('education.fields.summary')} autosize minRows={2} {...input('summary')} />
    </ModalForm>
  );
}
