import type { ReactNode } from 'react';
import { Button, Group, Select, Stack, Tabs, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconPill, IconCalendarMonth, IconChecklist, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate } from '../app/router';
import { residentQueries } from '../residents/queries';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { dailyQueries } from './queries';
import { dailyPaths } from './paths';
import { RollCallGrid } from './RollCallGrid';
import { DaySummary } from './DaySummary';
import { MonthCalendar } from './MonthCalendar';
import { NoteButton } from './NoteModal';
import { IncidentsView } from './IncidentsView';
import { MedicationView } from './MedicationView';

// Daily care: a date and a group, then the roll call; the day's summary; the month's calendar.
// Every view has its address (dailyPaths), so the dashboard's card and the calendar's cells open
// the right day.

type View = 'roll' | 'day' | 'month' | 'incidents' | 'medication';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function DailyPage(props: { view: View; date?: string; group?: string; month?: string }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const today = info.today;
  const date = props.date && ISO.test(props.date) ? props.date : today;
  const month = props.month ?? date.slice(0, 7);
  const groups = useQuery(residentQueries.groups()).data ?? [];
  const group = props.group ?? (props.view === 'roll' ? groups[0] : undefined);

  const setDate = (d: string) => {
    if (!ISO.test(d) || d > today) return;
    navigate(props.view === 'day' ? dailyPaths.day(d) : props.view === 'medication' ? dailyPaths.medication(d) : dailyPaths.rollCall(d, group), { replace: true });
  };
  const tabs: Array<{ value: View; label: string; icon: ReactNode; path: string }> = [
    { value: 'roll', label: t('daily.tabs.rollCall'), icon: <IconChecklist size={16} aria-hidden />, path: dailyPaths.rollCall(date, group) },
    { value: 'day', label: t('daily.tabs.day'), icon: <IconListDetails size={16} aria-hidden />, path: dailyPaths.day(date) },
    { value: 'month', label: t('daily.tabs.month'), icon: <IconCalendarMonth size={16} aria-hidden />, path: dailyPaths.month(month) },
    ...(can('daily.write')
      ? [{ value: 'incidents' as const, label: t('daily.incidents.tab'), icon: <IconAlertTriangle size={16} aria-hidden />, path: dailyPaths.incidents() }]
      : []),
    ...(can('daily.medical')
      ? [{ value: 'medication' as const, label: t('daily.medication.tab'), icon: <IconPill size={16} aria-hidden />, path: dailyPaths.medication(date) }]
      : []),
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('daily.title')}</Title>
        {(props.view === 'roll' || props.view === 'day' || props.view === 'medication') && (
          <Group gap="sm" align="flex-end">
            <DateField label={t('daily.date')} value={date} onChange={setDate} w={170} data-testid="daily-date" />
            {props.view === 'roll' && (
              <Select
                label={t('daily.group')}
                placeholder={t('daily.chooseGroup')}
                data={groups}
                value={group ?? null}
                onChange={(g) => g && navigate(dailyPaths.rollCall(date, g), { replace: true })}
                allowDeselect={false}
                w={200}
                data-testid="daily-group"
              />
            )}
          </Group>
        )}
      </Group>
      <Tabs value={props.view} onChange={(v) => v && navigate(tabs.find((x) => x.value === v)!.path, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x.value} value={x.value} leftSection={x.icon}>
              {x.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {props.view === 'roll' && (group ? <RollCallView date={date} group={group} /> : groups.length === 0 && <Title order={4} c="dimmed">{t('daily.noGroups')}</Title>)}
      {props.view === 'day' && <DaySummary date={date} />}
      {props.view === 'month' && <MonthCalendar month={month} today={today} />}
      {props.view === 'incidents' && <IncidentsView today={today} />}
      {props.view === 'medication' && <MedicationView date={date} />}
    </Stack>
  );
}

function RollCallView({ date, group }: { date: string; group: string }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const q = useQuery(dailyQueries.rollCall(date, group));
  return (
    <Stack gap="sm">
      <CallErrorAlert error={q.error} title={t('daily.rollCall.loadFailed')} />
      {q.data && (
        <>
          {can('daily.write') && (
            <Group justify="flex-end">
              <NoteButton date={date} rows={q.data.rows} />
              <Button variant="subtle" onClick={() => navigate(dailyPaths.day(date))}>
                {t('daily.tabs.day')}
              </Button>
            </Group>
          )}
          <RollCallGrid data={q.data} canWrite={can('daily.write')} />
        </>
      )}
    </Stack>
  );
}
