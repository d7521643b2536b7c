import { useEffect, useRef } from 'react';
import { Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ParseKeys } from 'i18next';
import { ageOn } from '../../../src-main/core/residents/schema';
import { href, navigate, paths } from '../app/router';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { DisabilityMark, FinValue, StatusBadge } from './badges';
import type { SortKey } from './listState';
import type { ResidentRows } from './useResidentRows';
import classes from './ResidentTable.module.css';

// The children table: a real <table> (screen readers announce rows and columns) of which only
// the rows in view, plus a margin, are in the DOM; spacer rows stand for the rest.

export const ROW_HEIGHT = 44;

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
}

export function ResidentTable({ rows, total, today, sort, dir, onSort, initialScrollTop, onScrollTop, onVisibleRange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: initialScrollTop,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => onVisibleRange(first, last), [first, last, onVisibleRange]);

  // A new query starts at its first row.
  const seenGeneration = useRef(rows.generation);
  useEffect(() => {
    if (seenGeneration.current !== rows.generation) {
      seenGeneration.current = rows.generation;
      virtualizer.scrollToOffset(0);
    }
  }, [rows.generation, virtualizer]);

  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const sortHeader = (key: SortKey, label: ParseKeys) => {
    const active = sort === key;
    const Icon = !active ? IconArrowsSort : dir === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <th aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} scope="col">
        <UnstyledButton className={classes.sortButton} onClick={() => onSort(key)} data-sort={key}>
          <span>{t(label)}</span>
          <Icon size={14} aria-hidden className={active ? undefined : classes.sortIdle} />
        </UnstyledButton>
      </th>
    );
  };

  return (
    <div
      ref={scrollRef}
      className={classes.scroll}
      onScroll={(e) => onScrollTop(e.currentTarget.scrollTop)}
      data-testid="residents-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('residents.tableLabel')}
    >
      <table className={classes.table} aria-rowcount={total + 1} data-testid="residents-table">
        <colgroup>
          <col />
          <col style={{ width: 110 }} />
          <col style={{ width: 96 }} />
          <col style={{ width: 164 }} />
          <col style={{ width: 110 }} />
          <col style={{ width: 116 }} />
          <col style={{ width: 176 }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {sortHeader('name', 'residents.columns.name')}
            <th scope="col">{t('residents.columns.fin')}</th>
            <th scope="col">{t('residents.columns.sex')}</th>
            {sortHeader('dateOfBirth', 'residents.columns.dateOfBirth')}
            <th scope="col">{t('residents.columns.group')}</th>
            {sortHeader('admissionDate', 'residents.columns.admissionDate')}
            <th scope="col">{t('residents.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden className={classes.spacer}>
              <td colSpan={7} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((v) => {
            const r = rows.rowAt(v.index);
            if (!r) {
              return (
                <tr key={v.key} data-index={v.index} aria-rowindex={v.index + 2} style={{ height: ROW_HEIGHT }}>
                  <td colSpan={7}>
                    <Skeleton height={14} width="60%" aria-label={t('common.loading')} />
                  </td>
                </tr>
              );
            }
            const name = fullName(r);
            return (
              <tr
                key={v.key}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                className={classes.row}
                style={{ height: ROW_HEIGHT }}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  navigate(paths.child(r.id));
                }}
              >
                <td>
                  <div className={classes.nameCell}>
                    <a href={href(paths.child(r.id))} className={classes.nameLink} title={name}>
                      {name}
                    </a>
                    {r.disability && <DisabilityMark />}
                  </div>
                </td>
                <td>
                  <FinValue fin={r.fin} short />
                </td>
                <td>{t(`enums.sex.${r.sex}`)}</td>
                <td>
                  {formatDate(r.dateOfBirth, locale)}{' '}
                  <Text span c="dimmed" fz="xs">
                    ({t('residents.age', { count: ageOn(r.dateOfBirth, today) })})
                  </Text>
                </td>
                <td className={classes.ellipsis} title={r.groupName}>
                  {r.groupName}
                </td>
                <td>{formatDate(r.admissionDate, locale)}</td>
                <td>
                  <StatusBadge status={r.status} />
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden className={classes.spacer}>
              <td colSpan={7} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
