import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type RollCallDto, type RollCallRow, type RollCallSaved } from '@core/daily/schema';
import { ATTENDANCE_STATUS_LABEL } from '@core/daily/i18n/labels';
import { formatDateTime, fullName } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useSaveRollCall } from './mutations';
import { IncidentModal, type IncidentDraft } from './IncidentModal';
import { MissingModal, type MissingDraft } from './MissingModal';
import {
  changedCount,
  draftOf,
  gridAction,
  markAllPresent,
  markedCount,
  marksToSave,
  moveTo,
  STATUS_DIGIT,
  type Draft,
  type Mark,
} from './rollCallModel';
import classes from './RollCall.module.css';

// The roll call of one group and day, keyboard first: the grid holds the focus; arrows move the
// active child, 1–6 set the status (and move on), P marks every unmarked child present, N or
// Enter opens the note, Ctrl+S saves the whole group in one call. Rows are plain elements,
// memoised, so a key press re-renders one or two rows even in a group of 300.

type Labels = Record<AttendanceStatus | '', string>;

interface RowProps {
  index: number;
  row: RollCallRow;
  mark: Mark;
  active: boolean;
  canWrite: boolean;
  labels: Labels;
  noteLabel: string;
  notePlaceholder: string;
  onActivate(index: number): void;
  onMark(id: string, patch: Partial<Mark>): void;
  onNoteDone(): void;
}

const Row = memo(function Row(p: RowProps) {
  const name = fullName(p.row);
  const status = p.mark.status ?? '';
  return (
    <tr
      className={`${classes.row} ${p.active ? classes.active : ''}`}
      aria-selected={p.active}
      data-testid="roll-call-row"
      data-resident-id={p.row.residentId}
      data-name={name}
      data-status={status}
      id={`roll-row-${p.index}`}
      onMouseDown={() => p.onActivate(p.index)}
    >
      <td className={classes.num}>{p.index + 1}</td>
      <td className={classes.name} title={name}>
        {name}
      </td>
      <td className={classes.status}>
        <select
          className={classes.select}
          data-status={status}
          tabIndex={-1}
          disabled={!p.canWrite}
          aria-label={`${name}: ${p.labels['']}`}
          value={status}
          onChange={(e) => p.onMark(p.row.residentId, { status: (e.target.value || null) as AttendanceStatus | null })}
        >
          <option value="">— {p.labels['']}</option>
          {ATTENDANCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_DIGIT[s]} · {p.labels[s]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          className={classes.note}
          data-testid="roll-call-note"
          tabIndex={-1}
          disabled={!p.canWrite}
          aria-label={`${name}: ${p.noteLabel}`}
          placeholder={p.active ? p.notePlaceholder : ''}
          maxLength={500}
          value={p.mark.note}
          onChange={(e) => p.onMark(p.row.residentId, { note: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'Escape') {
              e.preventDefault();
              p.onNoteDone();
            }
          }}
        />
      </td>
    </tr>
  );
});

export function RollCallGrid({ data, canWrite }: { data: RollCallDto; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveRollCall();
  const rows = data.rows;
  const [draft, setDraft] = useState<Draft>(() => draftOf(rows));
  const [active, setActive] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  const [incident, setIncident] = useState<IncidentDraft | null>(null);
  const [missing, setMissing] = useState<MissingDraft | null>(null);

  // A new answer (after a save, another group or day) is the new starting point.
  useEffect(() => {
    setDraft(draftOf(rows));
  }, [rows]);
  useEffect(() => {
    setActive(0);
  }, [data.date, data.group]);
  // Keep the active row in view inside the grid's own box (never scrolling the page itself).
  useEffect(() => {
    const box = gridRef.current;
    const tr = document.getElementById(`roll-row-${active}`);
    if (!box || !tr) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = tr.offsetTop - head;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (tr.offsetTop + tr.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = tr.offsetTop + tr.offsetHeight - box.clientHeight;
  }, [active]);

  const onMark = useCallback((id: string, patch: Partial<Mark>) => {
    setDraft((d) => ({ ...d, [id]: { ...(d[id] ?? { status: null, note: '' }), ...patch } }));
  }, []);
  const focusGrid = useCallback(() => gridRef.current?.focus(), []);

  const changed = changedCount(draft, rows);
  const marked = markedCount(draft, rows);
  const doSave = () => {
    if (!canWrite || save.isPending) return;
    const marks = marksToSave(draft, rows);
    if (marks.length === 0) {
      notifications.show({ color: 'orange', message: t('daily.rollCall.nothingToSave') });
      return;
    }
    save.mutate(
      { date: data.date, group: data.group, marks },
      {
        onSuccess: (r: RollCallSaved) =>
          notifications.show({ color: 'teal', message: t('daily.rollCall.savedToast', { count: r.changed }), closeButtonProps: { 'aria-label': t('common.close') } }),
      },
    );
  };
  const saveRef = useRef(doSave);
  saveRef.current = doSave;
  // Ctrl+S saves from anywhere on the screen (a note being typed too), never the browser's "save page".
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.code === 'KeyS') {
        e.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== gridRef.current) return; // a note or a select handles its own keys
    const a = gridAction(e);
    if (!a || a.type === 'save') return;
    e.preventDefault();
    const row = rows[active];
    switch (a.type) {
      case 'move':
        setActive((i) => moveTo(i, a.to, rows.length));
        break;
      case 'status':
        if (row && canWrite) {
          onMark(row.residentId, { status: a.status });
          setActive((i) => moveTo(i, 'down', rows.length));
        }
        break;
      case 'clear':
        if (row && canWrite) onMark(row.residentId, { status: null });
        break;
      case 'allPresent':
        if (canWrite) setDraft((d) => markAllPresent(d, rows));
        break;
      case 'note':
        if (row && canWrite) document.querySelector<HTMLInputElement>(`#roll-row-${active} input`)?.focus();
        break;
    }
  };

  // One object per language, so the memoised rows keep their props.
  const labels = useMemo<Labels>(
    () => ({
      '': t('daily.rollCall.unmarked'),
      ...(Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, t(ATTENDANCE_STATUS_LABEL[s])])) as Record<AttendanceStatus, string>),
    }),
    [t],
  );
  const missingIds = rows.filter((r) => draft[r.residentId]?.status === 'missing').map((r) => r.residentId);
  const anyMissing = missingIds.length > 0;

  if (rows.length === 0) return <Text c="dimmed">{t('daily.rollCall.empty')}</Text>;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Badge size="lg" variant="light" color={marked === rows.length ? 'teal' : 'gray'} data-testid="roll-call-marked">
            {t('daily.rollCall.marked', { marked, total: rows.length })}
          </Badge>
          <Text size="sm" c="dimmed" data-testid="roll-call-saved">
            {data.saved ? t('daily.rollCall.savedAt', { time: formatDateTime(data.saved.at, locale), by: data.saved.by }) : t('daily.rollCall.notSaved')}
          </Text>
          {changed > 0 && (
            <Badge color="orange" variant="light" data-testid="roll-call-unsaved">
              {t('daily.rollCall.unsaved')} · {changed}
            </Badge>
          )}
        </Group>
        {canWrite && (
          <Group gap="sm">
            <Button variant="default" leftSection={<IconChecks size={18} aria-hidden />} onClick={() => setDraft((d) => markAllPresent(d, rows))}>
              {t('daily.rollCall.allPresent')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={save.isPending} onClick={doSave} data-testid="roll-call-save">
              {t('daily.rollCall.save')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed" id="roll-call-help">
        {t('daily.rollCall.help')}
      </Text>
      <div className={classes.legend} aria-hidden>
        {ATTENDANCE_STATUSES.map((s) => (
          <Text key={s} size="sm">
            <span className={classes.kbd}>{STATUS_DIGIT[s]}</span>
            {labels[s]}
          </Text>
        ))}
      </div>
      <CallErrorAlert error={save.error} title={t('daily.rollCall.saveFailed')} testId="roll-call-error" />
      {anyMissing && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} data-testid="roll-call-missing-hint">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('daily.rollCall.missingHint')}</Text>
            {canWrite && (
              <Group gap="xs">
                <Button size="xs" color="red" onClick={() => setMissing({ date: data.date, rows: rows.filter((r) => missingIds.includes(r.residentId)) })} data-testid="roll-call-missing-open">
                  {t('daily.missing.open')}
                </Button>
                <Button size="xs" color="red" variant="light" onClick={() => setIncident({ date: data.date, kind: 'missing_from_care', residentIds: missingIds })} data-testid="roll-call-incident">
                  {t('daily.incidents.fromMissing')}
                </Button>
              </Group>
            )}
          </Group>
        </Alert>
      )}
      <div
        ref={gridRef}
        className={classes.grid}
        tabIndex={0}
        role="grid"
        aria-label={`${t('daily.tabs.rollCall')}: ${data.group}`}
        aria-describedby="roll-call-help"
        aria-activedescendant={`roll-row-${active}`}
        onKeyDown={onKeyDown}
        data-testid="roll-call-grid"
      >
        <table className={classes.table}>
          <thead>
            <tr>
              <th className={classes.num}>#</th>
              <th>{t('daily.rollCall.child')}</th>
              <th className={classes.status}>{t('daily.rollCall.status')}</th>
              <th>{t('daily.rollCall.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <Row
                key={r.residentId}
                index={i}
                row={r}
                mark={draft[r.residentId] ?? EMPTY}
                active={i === active}
                canWrite={canWrite}
                labels={labels}
                noteLabel={t('daily.rollCall.note')}
                notePlaceholder={t('daily.rollCall.notePlaceholder')}
                onActivate={setActive}
                onMark={onMark}
                onNoteDone={focusGrid}
              />
            ))}
          </tbody>
        </table>
      </div>
      <IncidentModal draft={incident} onClose={() => setIncident(null)} />
      <MissingModal draft={missing} onClose={() => setMissing(null)} />
    </Stack>
  );
}

const EMPTY: Mark = { status: null, note: '' };
