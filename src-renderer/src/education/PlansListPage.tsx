import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Loader, Select, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconFilterOff, IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '@core/contract/calls';
import { PLAN_STATUSES, academicYearOf, type PlanListItem, type PlanStatus } from '@core/education/schema';
import { PLAN_STATUS_LABEL } from '@core/education/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate } from '../app/router';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, TableEmptyState, type DataColumn } from '../ui/DataTable';
import { PlanStatusBadge } from './display';
import { educationPaths } from './paths';
import { educationQueries } from './queries';

// The plans list: every individual education plan, filtered by academic year, status, review
// due, inclusive placement and school outside or inside the institution.

type Tri = 'any' | 'yes' | 'no';
const tri = (v: Tri) => (v === 'any' ? undefined : v === 'yes');

export function PlansListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { info } = useAppInfo();
  const thisYear = academicYearOf(info.today);
  const years = [0, 1, 2, 3].map((n) => {
    const first = Number(thisYear.slice(0, 4)) + 1 - n;
    return `${first}-${first + 1}`;
  });
  const [year, setYear] = useState<string | null>(null);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [reviewDue, setReviewDue] = useState(false);
  const [inclusive, setInclusive] = useState<Tri>('any');
  const [outside, setOutside] = useState<Tri>('any');
  const input: CallInput<'education.planList'> = {
    ...(year ? { academicYear: year } : {}),
    ...(status ? { status } : {}),
    ...(reviewDue ? { reviewDue: true } : {}),
    ...(tri(inclusive) !== undefined ? { inclusive: tri(inclusive) } : {}),
    ...(tri(outside) !== undefined ? { outside: tri(outside) } : {}),
    limit: 1000,
  };
  const list = useQuery({ ...educationQueries.list(input), placeholderData: keepPreviousData });
  const filtered = year !== null || status !== null || reviewDue || inclusive !== 'any' || outside !== 'any';
  const reset = () => (setYear(null), setStatus(null), setReviewDue(false), setInclusive('any'), setOutside('any'));

  const columns: DataColumn<PlanListItem>[] = [
    {
      id: 'child',
      header: t('education.fields.child'),
      cell: (r) => (
        <a href={href(educationPaths.plan(r.id))} style={{ color: 'inherit', fontWeight: 500 }}>
          {fullName(r.child)}
        </a>
      ),
    },
    { id: 'year', header: t('education.fields.academicYear'), width: 100, cell: (r) => r.academicYear },
    { id: 'status', header: t('education.fields.status'), width: 125, cell: (r) => <PlanStatusBadge status={r.status} /> },
    { id: 'teacher', header: t('education.fields.responsibleTeacher'), width: 170, cell: (r) => r.responsibleTeacher, ellipsis: (r) => r.responsibleTeacher },
    { id: 'goals', header: t('education.fields.goals'), width: 75, cell: (r) => r.goalCount },
    {
      id: 'review',
      header: t('education.fields.nextReviewDate'),
      width: 175,
      cell: (r) => (
        <Group gap={4} wrap="nowrap">
          {formatDate(r.nextReviewDate, locale)}
          {r.reviewDue && <Badge color="orange" variant="light" size="sm">{t('education.plan.reviewDue')}</Badge>}
        </Group>
      ),
    },
    {
      id: 'placement',
      header: t('education.list.placement'),
      width: 170,
      cell: (r) =>
        r.inclusive === null ? '' : [r.inclusive ? t('education.list.inclusive') : t('education.list.notInclusive'), r.outside ? t('education.list.outside') : t('education.list.inside')].join(', '),
    },
  ];

  const triSelect = (label: string, value: Tri, set: (v: Tri) => void, yes: string, no: string, testId: string) => (
    <Select
      label={label}
      w={200}
      allowDeselect={false}
      value={value}
      onChange={(v) => set((v as Tri) ?? 'any')}
      data={[{ value: 'any', label: t('education.list.any') }, { value: 'yes', label: yes }, { value: 'no', label: no }]}
      data-testid={testId}
    />
  );

  return (
    <Stack gap="md">
      <Title order={1} fz="h2">{t('education.list.title')}</Title>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('education.fields.academicYear')}
          placeholder={t('education.list.anyYear')}
          w={160}
          clearable
          value={year}
          onChange={setYear}
          data={years}
          data-testid="plans-year"
        />
        <Select
          label={t('education.fields.status')}
          placeholder={t('education.list.anyStatus')}
          w={170}
          clearable
          value={status}
          onChange={(v) => setStatus(v as PlanStatus | null)}
          data={PLAN_STATUSES.map((s) => ({ value: s, label: t(PLAN_STATUS_LABEL[s]) }))}
          data-testid="plans-status"
        />
        {triSelect(t('education.fields.inclusive'), inclusive, setInclusive, t('education.list.inclusive'), t('education.list.notInclusive'), 'plans-inclusive')}
        {triSelect(t('education.list.placement'), outside, setOutside, t('education.list.outside'), t('education.list.inside'), 'plans-outside')}
        <Checkbox label={t('education.list.reviewDue')} checked={reviewDue} onChange={(e) => setReviewDue(e.currentTarget.checked)} mb={8} data-testid="plans-review-due" />
        {filtered && (
          <Button variant="subtle" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={reset}>
            {t('education.list.reset')}
          </Button>
        )}
      </Group>
      {list.error ? (
        <CallErrorAlert error={list.error} title={t('education.list.loadFailed')} />
      ) : !list.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <DataTable
          columns={columns}
          count={list.data.rows.length}
          rowAt={(i) => list.data.rows[i]}
          onRowClick={(r) => navigate(educationPaths.plan(r.id))}
          label={t('education.list.tableLabel')}
          testId="plans-table"
          minWidth={1000}
          empty={<TableEmptyState icon={<IconSchool size={36} aria-hidden />} title={t('education.list.empty')} description={t('education.list.emptyHint')} />}
        />
      )}
    </Stack>
  );
}
