import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconBook, IconFilterOff, IconMoodKid, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { formatCount } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { TableEmptyState } from '../ui/DataTable';
import { toggleSort } from '../ui/tableModel';
import { ResidentFilters } from './ResidentFilters';
import { ResidentTable } from './ResidentTable';
import { DEFAULT_FILTERS, isFiltered, listMemory, listQuery, type ListFilters, type SortKey } from './listState';
import { residentQueries } from './queries';
import { useResidentRows } from './useResidentRows';
import { ExportButton } from '../exports/ExportButton';
import { exportsPaths } from '../exports/paths';
import { request } from '../data/call';
import classes from './ResidentsListPage.module.css';

export function ResidentsListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { info, can } = useAppInfo();
  const [filters, setFilters] = useState<ListFilters>(listMemory.filters);
  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const onVisibleRange = useCallback((first: number, last: number) => setVisible({ first, last }), []);
  const query = useMemo(() => listQuery(filters), [filters]);
  const rows = useResidentRows(query, visible);
  const groups = useQuery(residentQueries.groups()).data ?? [];
  const canWrite = can('residents.write');

  useEffect(() => {
    listMemory.filters = filters;
  }, [filters]);

  const onSort = (key: SortKey) =>
    setFilters((f) => {
      const next = toggleSort({ key: f.sort, dir: f.dir }, key);
      return { ...f, sort: next.key, dir: next.dir };
    });

  const newButton = canWrite && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => navigate(paths.newChild())}>
      {t('residents.new')}
    </Button>
  );

  // A register with nobody in it yet: no filters, just what goes here and the first action.
  const nobodyYet = rows.total === 0 && !isFiltered(filters);
  const empty = nobodyYet ? (
    <TableEmptyState
      icon={<IconMoodKid size={40} aria-hidden />}
      title={t('residents.empty.title')}
      description={t('residents.empty.description')}
      testId="residents-empty"
      action={
        canWrite && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => navigate(paths.newChild())}>
            {t('residents.empty.action')}
          </Button>
        )
      }
    />
  ) : (
    <TableEmptyState
      icon={<IconSearch size={36} aria-hidden />}
      plain
      title={t('residents.noMatches.title')}
      description={t('residents.noMatches.description')}
      testId="residents-no-matches"
      action={
        <Button
          variant="light"
          leftSection={<IconFilterOff size={18} aria-hidden />}
          onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir })}
        >
          {t('residents.filters.reset')}
        </Button>
      }
    />
  );
  let body;
  if (rows.error) {
    body = <CallErrorAlert error={rows.error} title={t('residents.loadFailed')} />;
  } else if (rows.total !== null) {
    body = (
      <ResidentTable
        rows={rows}
        total={rows.total}
        today={info.today}
        sort={filters.sort}
        dir={filters.dir}
        onSort={onSort}
        initialScrollTop={listMemory.scrollTop}
        onScrollTop={(top) => (listMemory.scrollTop = top)}
        onVisibleRange={onVisibleRange}
        empty={empty}
      />
    );
  }

  return (
    <Stack className={classes.page} gap="sm">
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm" align="baseline">
          <Title order={1} fz="h2">
            {t('residents.title')}
          </Title>
          {rows.total !== null && !nobodyYet && (
            <Text c="dimmed" fz="sm" aria-live="polite" data-testid="residents-count">
              {t('residents.count', { n: formatCount(rows.total, locale) })}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          {!nobodyYet && can('reports.read') && (
            <ExportButton testId="children-xlsx" run={() => request('exports.childrenXlsx', { ...query, lang: locale })}>
              {t('exports.ui.xlsx')}
            </ExportButton>
          )}
          {!nobodyYet && can('reports.read') && (
            <Button variant="default" leftSection={<IconBook size={18} aria-hidden />} onClick={() => navigate(exportsPaths.register(locale))} data-testid="children-register">
              {t('exports.ui.register')}
            </Button>
          )}
          {newButton}
        </Group>
      </Group>
      {!nobodyYet && <ResidentFilters filters={filters} groups={groups} onChange={setFilters} />}
      {body}
    </Stack>
  );
}
