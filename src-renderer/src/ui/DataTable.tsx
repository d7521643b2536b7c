import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { EmptyState, Skeleton, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { ariaSort, nextRowIndex, VIRTUALIZE_ABOVE, type SortState } from './tableModel';
import classes from './DataTable.module.css';

// Every list of the app: a real <table> (screen readers announce rows and columns) in its own
// scrolling box, with sortable headers, rows that open by click or by keyboard (arrows, Home/End,
// Page Up/Down, then Enter), and an empty state instead of an empty table. Past a few hundred rows
// only the rows in view, plus a margin, are in the DOM; spacer rows stand for the rest.

export interface DataColumn<T, S extends string = string> {
  id: string;
  /** Usually text; a column of buttons names itself for screen readers only (VisuallyHidden). */
  header: ReactNode;
  /** In pixels; a column without a width takes what the others leave. */
  width?: number;
  /** The list's sort this column's header switches to. */
  sortKey?: S;
  cell(row: T): ReactNode;
  /** A long value: cut with an ellipsis, whole in the tooltip. */
  ellipsis?(row: T): string;
  /** A cell of several lines (a reason under a state, an error under its kind): it wraps. */
  wrap?: boolean;
}

export interface DataTableProps<T, S extends string = string> {
  columns: DataColumn<T, S>[];
  /** Rows in the list (all of them, also those not loaded yet). */
  count: number;
  /** The row at an index; undefined while its page is still on its way (a placeholder shows). */
  rowAt(index: number): T | undefined;
  /** The scrolling region's name for screen readers. */
  label: string;
  testId?: string;
  scrollTestId?: string;
  sort?: SortState<S>;
  onSort?(key: S): void;
  onRowClick?(row: T): void;
  /** `data-*` attributes of a row (a test id, the record's name), for whoever looks a row up. */
  rowData?(row: T): Record<`data-${string}`, string>;
  /** Shown instead of the table when there are no rows: what goes here, and the first action. */
  empty?: ReactNode;
  /** The table takes the rest of a page laid out as a column (the children list). */
  fill?: boolean;
  minWidth?: number;
  rowHeight?: number;
  initialScrollTop?: number;
  onScrollTop?(top: number): void;
  /** The rows in view (plus the margin) changed: a paged list loads them. */
  onVisibleRange?(first: number, last: number): void;
  /** A new value (a new query's first answer) scrolls back to the first row. */
  scrollResetKey?: unknown;
}

export function DataTable<T, S extends string = string>(props: DataTableProps<T, S>) {
  const { t } = useTranslation();
  const { columns, count, rowAt, sort, onSort, onRowClick, onVisibleRange, scrollResetKey } = props;
  const rowHeight = props.rowHeight ?? 44;
  const virtual = count > VIRTUALIZE_ABOVE;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialOffset: props.initialScrollTop ?? 0,
  });
  const items = virtual
    ? virtualizer.getVirtualItems().map((v) => ({ index: v.index, start: v.start, end: v.end }))
    : Array.from({ length: count }, (_, index) => ({ index, start: index * rowHeight, end: (index + 1) * rowHeight }));
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => onVisibleRange?.(first, last), [first, last, onVisibleRange]);

  // A table that fits is not virtualised: its remembered scroll position is set by hand.
  useEffect(() => {
    if (!virtual && scrollRef.current && props.initialScrollTop) scrollRef.current.scrollTop = props.initialScrollTop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const seenReset = useRef(scrollResetKey);
  useEffect(() => {
    if (seenReset.current === scrollResetKey) return;
    seenReset.current = scrollResetKey;
    if (virtual) virtualizer.scrollToOffset(0);
    else scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollResetKey, virtual, virtualizer]);

  if (count === 0 && props.empty) return <>{props.empty}</>;

  const rowElement = (i: number) => scrollRef.current?.querySelector<HTMLElement>(`tbody tr[data-index="${i}"]`);
  /** Brings row i into view and gives it the focus (a virtual row may take a frame or two to exist). */
  const focusRow = (i: number, tries = 6) => {
    if (virtual && tries === 6) virtualizer.scrollToIndex(i, { align: 'auto' });
    const el = rowElement(i);
    if (el) el.focus({ preventScroll: virtual });
    else if (tries > 0) requestAnimationFrame(() => focusRow(i, tries - 1));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!onRowClick || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const focused = target.closest<HTMLElement>('tr[data-index]');
    const current = focused ? Number(focused.dataset.index) : null;
    if (e.key === 'Enter') {
      if (current === null || target.closest('a, button')) return;
      const row = rowAt(current);
      if (row) {
        e.preventDefault();
        onRowClick(row);
      }
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const next = nextRowIndex(e.key, current, count, page);
    if (next === null) return;
    e.preventDefault();
    focusRow(next);
  };

  const padTop = items[0]?.start ?? 0;
  const padBottom = (virtual ? virtualizer.getTotalSize() : count * rowHeight) - (items[items.length - 1]?.end ?? 0);
  const spacer = (height: number) => (
    <tr aria-hidden className={classes.spacer}>
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );

  return (
    <div
      ref={scrollRef}
      className={props.fill ? `${classes.scroll} ${classes.fill}` : classes.scroll}
      onScroll={(e) => props.onScrollTop?.(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      data-testid={props.scrollTestId}
      tabIndex={0}
      role="region"
      aria-label={props.label}
    >
      <Table
        className={classes.table}
        style={props.minWidth ? { minWidth: props.minWidth } : undefined}
        withRowBorders={false}
        aria-rowcount={count + 1}
        data-testid={props.testId}
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.id} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((c) => (
              <Table.Th key={c.id} scope="col" aria-sort={c.sortKey ? ariaSort(sort, c.sortKey) : undefined}>
                {c.sortKey && onSort ? <SortButton label={c.header} sortKey={c.sortKey} sort={sort} onSort={onSort} /> : c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && spacer(padTop)}
          {items.map(({ index }) => {
            const row = rowAt(index);
            if (row === undefined) {
              return (
                <tr key={index} data-index={index} aria-rowindex={index + 2} style={{ height: rowHeight }}>
                  <td colSpan={columns.length}>
                    <Skeleton height={14} width="60%" aria-label={t('common.loading')} />
                  </td>
                </tr>
              );
            }
            return (
              <Table.Tr
                key={index}
                data-index={index}
                aria-rowindex={index + 2}
                tabIndex={onRowClick ? -1 : undefined}
                className={onRowClick ? classes.row : undefined}
                style={{ height: rowHeight }}
                {...props.rowData?.(row)}
                onClick={(e) => {
                  if (!onRowClick || (e.target as HTMLElement).closest('a, button')) return;
                  onRowClick(row);
                }}
              >
                {columns.map((c) => {
                  const whole = c.ellipsis?.(row);
                  return (
                    <Table.Td key={c.id} className={whole !== undefined ? classes.ellipsis : c.wrap ? classes.wrap : undefined} title={whole}>
                      {c.cell(row)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
          {padBottom > 0 && spacer(padBottom)}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function SortButton<S extends string>(props: { label: ReactNode; sortKey: S; sort?: SortState<S>; onSort(key: S): void }) {
  const active = props.sort?.key === props.sortKey;
  const Icon = !active ? IconArrowsSort : props.sort?.dir === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <UnstyledButton className={classes.sortButton} onClick={() => props.onSort(props.sortKey)} data-sort={props.sortKey}>
      <span>{props.label}</span>
      <Icon size={14} aria-hidden className={active ? undefined : classes.sortIdle} />
    </UnstyledButton>
  );
}

/**
 * An empty list that teaches: what goes here and the first action (or, for a search that found
 * nothing, the way back to everything). `plain` for "nothing matches", tinted for "nothing yet".
 */
export function TableEmptyState(props: {
  icon: ReactNode;
  title: string;
  description: string;
  action?: ReactNode;
  testId?: string;
  plain?: boolean;
}) {
  return (
    <EmptyState
      className={classes.empty}
      icon={props.icon}
      {...(props.plain ? {} : { variant: 'light', color: 'teal' })}
      title={props.title}
      description={props.description}
      data-testid={props.testId}
    >
      {props.action && <EmptyState.Actions>{props.action}</EmptyState.Actions>}
    </EmptyState>
  );
}
