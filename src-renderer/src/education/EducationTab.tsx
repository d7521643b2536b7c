import { useState, type ReactNode } from 'react';
import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconClipboardCheck, IconEdit, IconLock, IconPlus, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ResidentDto } from '@core/residents/schema';
import { FUNCTIONING_DOMAINS, type AssessmentDto, type SchoolingDto, type SupportDto } from '@core/education/schema';
import {
  BARRIER_LABEL, FUNCTIONING_DOMAIN_LABEL, NONE_REASON_LABEL, SCHOOL_TYPE_LABEL, SCORE_LABEL,
} from '@core/education/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate } from '../app/router';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { AssessmentDialog, PlanDialog, SchoolingDialog, SupportDialog } from './dialogs';
import { PlanStatusBadge, useSupportText } from './display';
import { educationPaths } from './paths';
import { educationQueries } from './queries';

// The child's Education tab: schooling by academic year, the functioning assessments, the
// special-needs supports and the individual education plans, each with its "add" for writers.

function Section({ title, action, children, testId }: { title: string; action?: ReactNode; children: ReactNode; testId: string }) {
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

/** Days missed: this month's first, then each month with where its number comes from (not colour alone). */
function DaysMissed({ schooling }: { schooling: SchoolingDto }) {
  const { t } = useTranslation();
  const source = (a: SchoolingDto['absences'][number]) => t(a.source === 'roll_call' ? 'education.child.fromRollCall' : 'education.child.typedSource');
  if (schooling.absences.length === 0) return <Text c="dimmed" fz="sm">—</Text>;
  const now = schooling.daysMissedThisMonth;
  return (
    <Stack gap={0}>
      {now && (
        <Text fz="sm" fw={600} data-testid="days-missed-this-month">
          {t('education.child.thisMonth', { count: now.daysMissed })} ({source(now)})
        </Text>
      )}
      {schooling.absences.map((a) => (
        <Text key={a.month} fz="xs" c="dimmed">
          {a.month.slice(5)}.{a.month.slice(0, 4)}: {a.daysMissed} · {source(a)}
        </Text>
      ))}
    </Stack>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <Text c="dimmed" fz="sm">{children}</Text>;

export function EducationTab({ resident }: { resident: ResidentDto }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useAppInfo();
  const write = can('education.write');
  const support = useSupportText();
  const { data, error } = useQuery(educationQueries.child(resident.id));
  const [dialog, setDialog] = useState<null | 'schooling' | 'assessment' | 'support' | 'plan'>(null);
  const [editing, setEditing] = useState<SchoolingDto | null>(null);
  const [editingAssessment, setEditingAssessment] = useState<AssessmentDto | null>(null);
  const [editingSupport, setEditingSupport] = useState<SupportDto | null>(null);
  const close = () => (setDialog(null), setEditing(null), setEditingAssessment(null), setEditingSupport(null));
  /** The edit button of a record, or the lock that says a closed plan holds it. */
  const editOr = (readOnly: boolean, label: string, open: () => void) =>
    write &&
    (readOnly ? (
      <Text span c="dimmed" fz="xs" title={t('education.child.readOnlyClosed')}>
        <IconLock size={14} aria-label={t('education.child.readOnlyClosed')} />
      </Text>
    ) : (
      <Button size="compact-xs" variant="subtle" aria-label={label} onClick={open}>
        <IconEdit size={16} aria-hidden />
      </Button>
    ));

  if (error) return <CallErrorAlert error={error} title={t('education.child.loadFailed')} />;
  if (!data) return <Loader size="sm" />;

  const add = (label: string, what: NonNullable<typeof dialog>, icon: ReactNode = <IconPlus size={16} aria-hidden />) =>
    write && (
      <Button size="xs" variant="light" leftSection={icon} onClick={() => setDialog(what)}>
        {label}
      </Button>
    );

  return (
    <Stack gap="md">
      <Section title={t('education.child.plans')} testId="education-plans" action={add(t('education.child.newPlan'), 'plan')}>
        {data.plans.length === 0 ? (
          <Empty>{t('education.child.noPlans')}</Empty>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('education.fields.academicYear')}</Table.Th>
                <Table.Th>{t('education.fields.status')}</Table.Th>
                <Table.Th>{t('education.fields.responsibleTeacher')}</Table.Th>
                <Table.Th>{t('education.fields.goals')}</Table.Th>
                <Table.Th>{t('education.fields.nextReviewDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.plans.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor href={href(educationPaths.plan(p.id))}>{p.academicYear}</Anchor>
                  </Table.Td>
                  <Table.Td><PlanStatusBadge status={p.status} /></Table.Td>
                  <Table.Td>{p.responsibleTeacher}</Table.Td>
                  <Table.Td>{p.goalCount}</Table.Td>
                  <Table.Td>
                    {formatDate(p.nextReviewDate, locale)} {p.reviewDue && <Badge color="orange" variant="light">{t('education.plan.reviewDue')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('education.child.schooling')} testId="education-schooling" action={add(t('education.child.addSchooling'), 'schooling', <IconSchool size={16} aria-hidden />)}>
        {data.schooling.length === 0 ? (
          <Empty>{t('education.child.noSchooling')}</Empty>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('education.fields.academicYear')}</Table.Th>
                <Table.Th>{t('education.fields.schoolType')}</Table.Th>
                <Table.Th>{t('education.fields.schoolName')}</Table.Th>
                <Table.Th>{t('education.fields.grade')}</Table.Th>
                <Table.Th>{t('education.fields.inclusive')}</Table.Th>
                <Table.Th>{t('education.fields.absences')}</Table.Th>
                {write && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.schooling.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.academicYear}</Table.Td>
                  <Table.Td>
                    {t(SCHOOL_TYPE_LABEL[s.schoolType])}
                    {s.noneReason && <Text span c="dimmed" fz="sm"> ({t(NONE_REASON_LABEL[s.noneReason])})</Text>}
                  </Table.Td>
                  <Table.Td>
                    {s.schoolName}
                    {s.schoolType !== 'none' && <Text span c="dimmed" fz="sm"> — {s.outsideInstitution ? t('education.child.outside') : t('education.child.inside')}</Text>}
                  </Table.Td>
                  <Table.Td>{s.grade}</Table.Td>
                  <Table.Td>{s.inclusive ? <Badge color="teal" variant="light">{t('education.child.inclusiveBadge')}</Badge> : t('common.no')}</Table.Td>
                  <Table.Td data-testid="schooling-absences">
                    <DaysMissed schooling={s} />
                  </Table.Td>
                  {write && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" aria-label={t('education.child.editSchooling')} onClick={() => (setEditing(s), setDialog('schooling'))}>
                        <IconEdit size={16} aria-hidden />
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('education.child.assessments')} testId="education-assessments" action={add(t('education.child.addAssessment'), 'assessment', <IconClipboardCheck size={16} aria-hidden />)}>
        {data.assessments.length === 0 ? (
          <Empty>{t('education.child.noAssessments')}</Empty>
        ) : (
          <Stack gap="sm">
            {data.assessments.map((a) => (
              <Card key={a.id} withBorder padding="sm" data-testid="assessment">
                <Group justify="space-between" gap="xs">
                  <Text fw={600} fz="sm">
                    {formatDate(a.assessedOn, locale)} · {a.assessedBy}
                  </Text>
                  {editOr(a.readOnly, t('education.child.editAssessment'), () => (setEditingAssessment(a), setDialog('assessment')))}
                </Group>
                <SimpleGrid cols={{ base: 2, sm: 3 }} spacing={4} mt={4}>
                  {FUNCTIONING_DOMAINS.map((d) => (
                    <Text key={d} fz="sm">
                      {t(FUNCTIONING_DOMAIN_LABEL[d])}: <b>{t(SCORE_LABEL[a.scores[d]])}</b>
                    </Text>
                  ))}
                </SimpleGrid>
                <Text fz="sm" c="dimmed" mt={4}>
                  {t('education.fields.barriers')}: {a.barriers.length ? a.barriers.map((b) => t(BARRIER_LABEL[b.barrier])).join(', ') : t('education.child.barriersNone')}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </Section>

      <Section title={t('education.child.supports')} testId="education-supports" action={add(t('education.child.addSupport'), 'support')}>
        {data.supports.length === 0 ? (
          <Empty>{t('education.child.noSupports')}</Empty>
        ) : (
          <Stack gap={4}>
            {data.supports.map((s) => (
              <Group key={s.id} gap="xs" wrap="nowrap" data-testid="support-row">
                <Text fz="sm">
                  {formatDate(s.startDate, locale)}
                  {s.endDate ? `–${formatDate(s.endDate, locale)}` : ''} · {support.what(s)} {support.frequency(s) && `· ${support.frequency(s)}`} {s.provider && `· ${s.provider}`}
                </Text>
                {editOr(s.readOnly, t('education.child.editSupport'), () => (setEditingSupport(s), setDialog('support')))}
              </Group>
            ))}
          </Stack>
        )}
      </Section>

      <SchoolingDialog opened={dialog === 'schooling'} onClose={close} residentId={resident.id} schooling={editing} />
      <AssessmentDialog opened={dialog === 'assessment'} onClose={close} residentId={resident.id} assessment={editingAssessment} />
      <SupportDialog opened={dialog === 'support'} onClose={close} residentId={resident.id} planId={null} support={editingSupport} />
      <PlanDialog opened={dialog === 'plan'} onClose={close} residentId={resident.id} education={data} onCreated={(p) => navigate(educationPaths.plan(p.id))} />
    </Stack>
  );
}
