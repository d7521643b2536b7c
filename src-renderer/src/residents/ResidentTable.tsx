import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from '@core/residents/schema';
import { ageOn } from '@core/residents/schema';
import { href, navigate, paths } from '../app/router';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { DataTable, type DataColumn } from '../ui/DataTable';
import { ListPhoto } from '../documents/ChildPhoto';
import { DisabilityMark, FinValue, StatusBadge } from './badges';
import type { SortKey } from './listState';
import type { ResidentRows } from './useResidentRows';
import classes from './ResidentTable.module.css';
import { SEX_LABEL } from '@core/residents/i18n/labels';

// The children table: the columns of the register in a DataTable, virtualised for thousands of
// children and paged as it scrolls (see useResidentRows).

interface Props {
  rows: ResidentRows;
  total: number;
  today: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort(key: SortKey): void;
  initialScrollTop: number;
  onScrollTop(top: number): void;
  /** The rows in view (plus the overscan) changed: their pages are to be loaded. */
  onVisibleRange(first: number, last: number): void;
  /** What shows when no child matches. */
  empty: ReactNode;
}

export function ResidentTable({ rows, total, today, sort, dir, onSort, initialScrollTop, onScrollTop, onVisibleRange, empty }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns: DataColumn<ResidentListItem, SortKey>[] = [
    {
      id: 'name',
      header: t('residents.columns.name'),
      sortKey: 'name',
      cell: (r) => (
        <div className={classes.nameCell}>
          <ListPhoto residentId={r.id} />
          <a href={href(paths.child(r.id))} className={classes.nameLink} title={fullName(r)}>
            {fullName(r)}
          </a>
          {r.disability && <DisabilityMark />}
        </div>
      ),
    },
    { id: 'fin', header: t('residents.columns.fin'), width: 110, cell: (r) => <FinValue fin={r.fin} short /> },
    { id: 'sex', header: t('residents.columns.sex'), width: 96, cell: (r) => t(SEX_LABEL[r.sex]) },
    {
      id: 'dateOfBirth',
      header: t('residents.columns.dateOfBirth'),
      width: 164,
      sortKey: 'dateOfBirth',
      cell: (r) => (
        <>
          {formatDate(r.dateOfBirth, locale)}{' '}
          <Text span c="dimmed" fz="xs">
            ({t('residents.age', { count: ageOn(r.dateOfBirth, today) })})
          </Text>
        </>
      ),
    },
    { id: 'group', header: t('residents.columns.group'), width: 110, cell: (r) => r.groupName, ellipsis: (r) => r.groupName },
    {
      id: 'admissionDate',
      header: t('residents.columns.admissionDate'),
      width: 116,
      sortKey: 'admissionDate',
      cell: (r) => formatDate(r.admissionDate, locale),
    },
    { id: 'status', header: t('residents.columns.status'), width: 176, cell: (r) => <StatusBadge status={r.status} /> },
  ];
  return (
    <DataTable
      columns={columns}
      count={total}
      rowAt={rows.rowAt}
      label={t('residents.tableLabel')}
      testId="residents-table"
      scrollTestId="residents-scroll"
      sort={{ key: sort, dir }}
      onSort={onSort}
      onRowClick={(r) => navigate(paths.child(r.id))}
      fill
      minWidth={980}
      initialScrollTop={initialScrollTop}
      onScrollTop={onScrollTop}
      onVisibleRange={onVisibleRange}
      scrollResetKey={rows.generation}
      empty={empty}
    />
  );
}
