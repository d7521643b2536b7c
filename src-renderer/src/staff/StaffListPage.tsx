import { useEffect, useState } from 'react';
import { Button, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBriefcase, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { POSITIONS, type Position, type StaffListItem } from '@core/staff/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { formatCount, formatDate, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, TableEmptyState, type DataColumn } from '../ui/DataTable';
import { staffQueries } from './queries';
import { StaffStatusBadge } from './StaffBadges';
import { POSITION_LABEL } from '@core/staff/i18n/labels';
import { ExportButton } from '../exports/ExportButton';
import { request } from '../data/call';

// The staff register: search (Azerbaijani letters folded, as for children), position and
// current/former filters. An institution has tens of staff, not thousands: one page holds them.

type Status = 'current' | 'former' | 'all';
const LIMIT = 1000;
const memory: { query: string; position: Position | null; status: Status } = { query: '', position: null, status: 'current' };

export function StaffListPage() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { can } = useAppInfo();
  const [text, setText] = useState(memory.query);
  const [query] = useDebouncedValue(text.trim(), 200);
  const [position, setPosition] = useState<Position | null>(memory.position);
  const [status, setStatus] = useState<Status>(memory.status);
  // The last answer stays on screen while the next filter's is on its way.
  const list = useQuery({
    ...staffQueries.list({ query, status, limit: LIMIT, ...(position ? { position } : {}) }),
    placeholderData: keepPreviousData,
  });
  const page = list.data;
  useEffect(() => {
    Object.assign(memory, { query, position, status });
  }, [query, position, status]);

  const filtered = query !== '' || position !== null || status !== 'current';
  const reset = () => {
    setText('');
    setPosition(null);
    setStatus('current');
  };
  const newButton = can('staff.write') && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => navigate(paths.newStaff())}>
      {t('staff.new')}
    </Button>
  );

  const columns: DataColumn<StaffListItem>[] = [
    {
      id: 'name',
      header: t('staff.columns.name'),
      cell: (r) => (
        <a href={href(paths.staffMember(r.id))} style={{ color: 'inherit', fontWeight: 500 }}>
          {fullName(r)}
        </a>
      ),
    },
    { id: 'position', header: t('staff.fields.position'), width: 170, cell: (r) => tk(POSITION_LABEL[r.position]), ellipsis: (r) => tk(POSITION_LABEL[r.position]) },
    { id: 'department', header: t('staff.fields.department'), width: 150, cell: (r) => r.department, ellipsis: (r) => r.department },
    { id: 'hiredDate', header: t('staff.fields.hiredDate'), width: 130, cell: (r) => formatDate(r.hiredDate, locale) },
    { id: 'phone', header: t('staff.fields.phone'), width: 160, cell: (r) => r.phone },
    { id: 'status', header: t('staff.columns.status'), width: 150, cell: (r) => <StaffStatusBadge current={r.current} /> },
  ];

  let body;
  if (list.error) {
    body = <CallErrorAlert error={list.error} title={t('staff.loadFailed')} />;
  } else if (!page) {
    body = <Loader aria-label={t('common.loading')} />;
  } else {
    body = (
      <DataTable
        columns={columns}
        count={page.rows.length}
        rowAt={(i) => page.rows[i]}
        label={t('staff.tableLabel')}
        testId="staff-table"
        minWidth={860}
        onRowClick={(r) => navigate(paths.staffMember(r.id))}
        empty={
          <TableEmptyState
            icon={filtered ? <IconSearch size={36} aria-hidden /> : <IconBriefcase size={40} aria-hidden />}
            title={filtered ? t('staff.noMatches') : t('staff.empty.title')}
            description={filtered ? t('staff.noMatchesHint') : t('staff.empty.description')}
            testId="staff-empty"
            action={
              filtered ? (
                <Button variant="light" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={reset}>
                  {t('staff.filters.reset')}
                </Button>
              ) : (
                newButton
              )
            }
          />
        }
      />
    );
  }

  return (
    <Stack gap="sm" maw={1200}>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm" align="baseline">
          <Title order={1} fz="h2">
            {t('staff.title')}
          </Title>
          {page && (
            <Text c="dimmed" fz="sm" aria-live="polite" data-testid="staff-count">
              {t('staff.count', { n: formatCount(page.total, locale) })}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          {can('reports.read') && (
            <ExportButton testId="staff-xlsx" run={() => request('exports.staffXlsx', { query, status, ...(position ? { position } : {}), lang: locale })}>
              {t('exports.ui.xlsx')}
            </ExportButton>
          )}
          {newButton}
        </Group>
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('staff.search')}
          placeholder={t('staff.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          flex="1 1 260px"
          maw={420}
          data-testid="staff-search"
        />
        <Select
          label={t('staff.fields.position')}
          placeholder={t('staff.anyPosition')}
          data={POSITIONS.map((p) => ({ value: p, label: tk(POSITION_LABEL[p]) }))}
          value={position}
          onChange={(v) => setPosition(v as Position | null)}
          clearable
          searchable
          w={220}
          comboboxProps={{ withinPortal: true }}
        />
        <SegmentedControl
          aria-label={t('staff.columns.status')}
          value={status}
          onChange={(v) => setStatus(v as Status)}
          data={[
            { value: 'current', label: t('staff.filters.current') },
            { value: 'former', label: t('staff.filters.former') },
            { value: 'all', label: t('staff.status.all') },
          ]}
          data-testid="staff-status-filter"
        />
        {filtered && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={reset}>
            {t('staff.filters.reset')}
          </Button>
        )}
      </Group>
      {body}
      {page && page.total > page.rows.length && (
        <Text fz="sm" c="dimmed">
          {t('staff.moreThanShown', { shown: formatCount(page.rows.length, locale), total: formatCount(page.total, locale) })}
        </Text>
      )}
    </Stack>
  );
}
