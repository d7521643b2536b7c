import { useState, type ReactNode } from 'react';
import { ActionIcon, Alert, Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCheck, IconEdit, IconLock, IconMessages, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ITEMS, type GoalDto, type SupportDto } from '@core/education/schema';
import { CHECKLIST_LABEL, GOAL_DOMAIN_LABEL, GOAL_STATUS_LABEL, SCHOOL_TYPE_LABEL } from '@core/education/i18n/labels';
import { LOCALES } from '@core/i18n';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { formatDate, formatDateTime, fullName } from '../format';
import { useLocale } from '../i18n';
import { BackLink, RecordHeader, RecordLoading } from '../ui/RecordPage';
import { ApproveDialog, CloseDialog, GoalDialog, PlanDialog, ReviewDialog, SupportDialog } from './dialogs';
import { PlanStatusBadge, useSupportText } from './display';
import { educationPaths } from './paths';
import { educationQueries } from './queries';

// The plan editor: the plan's words, its goals, supports and reviews; approve (director), review,
// close, next year's plan, print. A closed plan is read-only: the page offers no change.

type Dialog = null | 'edit' | 'goal' | 'support' | 'approve' | 'close' | 'review' | 'next';

function Block({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="lg">{title}</Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

const LANGUAGE_NAME = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' } as const;

export function PlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useAppInfo();
  const support = useSupportText();
  const { data: plan, error } = useQuery(educationQueries.plan(id));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [goal, setGoal] = useState<GoalDto | null>(null);
  const [editingSupport, setEditingSupport] = useState<SupportDto | null>(null);
  const close = () => (setDialog(null), setGoal(null), setEditingSupport(null));

  const back = plan ? <BackLink href={href(paths.childTab(plan.residentId, 'education'))} label={t('education.plan.backToChild')} /> : null;
  if (!plan) return <RecordLoading error={error} title={t('education.plan.loadFailed')} />;

  const open = plan.status !== 'closed';
  const write = can('education.write') && open;
  const addButton = (label: string, what: Dialog) =>
    write && (
      <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog(what)}>
        {label}
      </Button>
    );
  const text = (v: string) => (v ? <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>{v}</Text> : <Text fz="sm" c="dimmed">{t('common.notGiven')}</Text>);

  return (
    <Stack gap="md" maw={1200}>
      {back}
      <RecordHeader
        name={t('education.plan.heading', { name: fullName(plan.child), year: plan.academicYear })}
        testId="plan-heading"
        action={
          <Group gap="xs">
            {write && plan.status === 'draft' && can('education.approve') && (
              <Button leftSection={<IconCheck size={18} aria-hidden />} onClick={() => setDialog('approve')}>{t('education.plan.approve')}</Button>
            )}
            {write && plan.status === 'active' && (
              <Button leftSection={<IconMessages size={18} aria-hidden />} onClick={() => setDialog('review')}>{t('education.plan.addReview')}</Button>
            )}
            {write && <Button variant="default" leftSection={<IconEdit size={18} aria-hidden />} onClick={() => setDialog('edit')}>{t('education.plan.edit')}</Button>}
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />}>{t('education.plan.print')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {LOCALES.map((l) => (
                  <Menu.Item key={l} onClick={() => navigate(educationPaths.print(plan.id, l))} lang={l}>{LANGUAGE_NAME[l]}</Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            {can('education.write') && plan.status !== 'draft' && (
              <Button variant="light" onClick={() => setDialog('next')}>{t('education.child.nextYearPlan')}</Button>
            )}
            {write && (
              <Button variant="subtle" color="gray" leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('close')}>{t('education.plan.close')}</Button>
            )}
          </Group>
        }
      >
        <PlanStatusBadge status={plan.status} />
        {plan.reviewDue && <Badge color="orange" variant="light">{t('education.plan.reviewDue')}</Badge>}
        <Text fz="sm" c="dimmed">{formatDate(plan.startDate, locale)} – {formatDate(plan.endDate, locale)}</Text>
        {plan.approvedAt && <Text fz="sm" c="dimmed">{t('education.plan.approvedOn', { date: formatDateTime(plan.approvedAt, locale), user: plan.approvedBy ?? '' })}</Text>}
      </RecordHeader>

      {plan.status === 'closed' && <Alert color="gray" icon={<IconLock aria-hidden />}>{t('education.plan.closedNote')}</Alert>}
      {plan.status === 'draft' && <Alert color="blue">{t('education.plan.draftNote')}</Alert>}

      <Block title={t('education.plan.sections.about')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div><Text fw={600} fz="sm">{t('education.fields.responsibleTeacher')}</Text>{text(plan.responsibleTeacher)}</div>
          <div><Text fw={600} fz="sm">{t('education.fields.team')}</Text>{text(plan.team)}</div>
          <div>
            <Text fw={600} fz="sm">{t('education.print.school')}</Text>
            {text(plan.schooling ? `${t(SCHOOL_TYPE_LABEL[plan.schooling.schoolType])}${plan.schooling.schoolName ? `: ${plan.schooling.schoolName}` : ''}${plan.schooling.grade ? `, ${plan.schooling.grade}` : ''}` : '')}
          </div>
          <div><Text fw={600} fz="sm">{t('education.fields.strengths')}</Text>{text(plan.strengths)}</div>
          <div><Text fw={600} fz="sm">{t('education.fields.needs')}</Text>{text(plan.needs)}</div>
          <div><Text fw={600} fz="sm">{t('education.fields.accommodations')}</Text>{text(plan.accommodations)}</div>
        </SimpleGrid>
      </Block>

      <Block title={t('education.plan.sections.goals')} action={addButton(t('education.plan.addGoal'), 'goal')} testId="plan-goals">
        {plan.goals.length === 0 ? (
          <Text fz="sm" c="dimmed">{t('education.plan.noGoals')}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('education.fields.goalDomain')}</Table.Th>
                <Table.Th>{t('education.fields.goalDescription')}</Table.Th>
                <Table.Th>{t('education.fields.baseline')}</Table.Th>
                <Table.Th>{t('education.fields.target')}</Table.Th>
                <Table.Th>{t('education.fields.targetDate')}</Table.Th>
                <Table.Th>{t('education.fields.goalStatus')}</Table.Th>
                {write && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.goals.map((g) => (
                <Table.Tr key={g.id} data-testid="goal-row">
                  <Table.Td>{t(GOAL_DOMAIN_LABEL[g.domain])}</Table.Td>
                  <Table.Td fw={500}>{g.description}</Table.Td>
                  <Table.Td>{g.baseline}</Table.Td>
                  <Table.Td>{g.target}</Table.Td>
                  <Table.Td>{formatDate(g.targetDate, locale)}</Table.Td>
                  <Table.Td>
                    <Badge color={g.status === 'achieved' ? 'teal' : g.status === 'in_progress' ? 'blue' : 'gray'} variant="light">{t(GOAL_STATUS_LABEL[g.status])}</Badge>
                  </Table.Td>
                  {write && (
                    <Table.Td>
                      <ActionIcon variant="subtle" aria-label={t('education.plan.editGoal', { goal: g.description })} onClick={() => (setGoal(g), setDialog('goal'))}>
                        <IconEdit size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Block>

      <Block title={t('education.plan.sections.supports')} action={addButton(t('education.plan.addSupport'), 'support')}>
        {plan.supports.length === 0 ? (
          <Text fz="sm" c="dimmed">{t('education.plan.noSupports')}</Text>
        ) : (
          <Stack gap={4}>
            {plan.supports.map((s) => (
              <Group key={s.id} gap="xs" wrap="nowrap">
                <Text fz="sm">
                  {support.what(s)} {support.frequency(s) && `· ${support.frequency(s)}`} {s.provider && `· ${s.provider}`}
                </Text>
                {write && (
                  <Button size="compact-xs" variant="subtle" aria-label={t('education.child.editSupport')} onClick={() => (setEditingSupport(s), setDialog('support'))}>
                    <IconEdit size={16} aria-hidden />
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Block>

      <Block title={t('education.plan.sections.reviews')} testId="plan-reviews">
        {plan.reviews.length === 0 ? (
          <Text fz="sm" c="dimmed">{t('education.plan.noReviews')}</Text>
        ) : (
          <Stack gap="sm">
            {plan.reviews.map((r) => (
              <Card key={r.id} withBorder padding="sm">
                <Text fw={600} fz="sm">
                  {formatDate(r.reviewDate, locale)} · {r.participants}
                  {r.nextReviewDate && ` · ${t('education.fields.nextReviewDate')}: ${formatDate(r.nextReviewDate, locale)}`}
                </Text>
                {r.summary && <Text fz="sm">{r.summary}</Text>}
                <Stack gap={2} mt={4}>
                  {r.progress.map((p) => (
                    <Text key={p.goalId} fz="sm">
                      {plan.goals.find((g) => g.id === p.goalId)?.description}: <b>{t(GOAL_STATUS_LABEL[p.status])}</b>{p.note && ` — ${p.note}`}
                    </Text>
                  ))}
                </Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={2} mt={4}>
                  {CHECKLIST_ITEMS.map((c) => (
                    <Text key={c} fz="xs" c={r.checklist[c] === false ? 'red' : undefined}>
                      {t(CHECKLIST_LABEL[c])}: {t(r.checklist[c] === null ? 'education.answer.unknown' : r.checklist[c] ? 'education.answer.yes' : 'education.answer.no')}
                    </Text>
                  ))}
                </SimpleGrid>
              </Card>
            ))}
          </Stack>
        )}
      </Block>

      <PlanDialog opened={dialog === 'edit'} onClose={close} residentId={plan.residentId} plan={plan} />
      <PlanDialog opened={dialog === 'next'} onClose={close} residentId={plan.residentId} from={plan} onCreated={(p) => navigate(educationPaths.plan(p.id))} />
      <GoalDialog opened={dialog === 'goal'} onClose={close} plan={plan} goal={goal} />
      <SupportDialog opened={dialog === 'support'} onClose={close} residentId={plan.residentId} planId={plan.id} support={editingSupport} />
      <ApproveDialog opened={dialog === 'approve'} onClose={close} plan={plan} />
      <CloseDialog opened={dialog === 'close'} onClose={close} plan={plan} />
      <ReviewDialog opened={dialog === 'review'} onClose={close} plan={plan} />
    </Stack>
  );
}
