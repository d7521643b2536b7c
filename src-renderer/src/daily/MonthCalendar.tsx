import { ActionIcon, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { href, navigate } from '../app/router';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useLocale } from '../i18n';
import { dailyQueries } from './queries';
import { dailyPaths } from './paths';
import classes from './RollCall.module.css';

// A month: groups down, days across; ✓ the roll call saved, ✗ missing (a symbol as well as a
// colour), blank when none was expected (a day to come, a group not yet there). A cell opens that
// group's roll call of that day.

function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export function MonthCalendar({ month, today }: { month: string; today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useQuery(dailyQueries.month(month));
  const d = q.data;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <ActionIcon variant="default" aria-label={t('daily.month.previous')} onClick={() => navigate(dailyPaths.month(shiftMonth(month, -1)), { replace: true })}>
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Title order={4} data-testid="month-title">
          {new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))}
        </Title>
        <ActionIcon
          variant="default"
          aria-label={t('daily.month.next')}
          disabled={shiftMonth(month, 1) > today.slice(0, 7)}
          onClick={() => navigate(dailyPaths.month(shiftMonth(month, 1)), { replace: true })}
        >
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
        <Text size="sm" c="dimmed">
          {t('daily.month.legend')}
        </Text>
      </Group>
      <CallErrorAlert error={q.error} title={t('daily.month.loadFailed')} />
      {d && (
        <div className={classes.calendar}>
          <table data-testid="month-calendar">
            <thead>
              <tr>
                <th>{t('daily.group')}</th>
                {d.days.map((day) => (
                  <th key={day.date}>{Number(day.date.slice(8))}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.groups.map((g) => (
                <tr key={g}>
                  <td>{g}</td>
                  {d.days.map((day) => {
                    const saved = day.saved.includes(g);
                    const missing = day.missing.includes(g);
                    const label = `${g}, ${day.date}: ${saved ? t('daily.month.saved') : missing ? t('daily.month.missing') : ''}`;
                    return (
                      <td key={day.date} className={saved ? classes.saved : missing ? classes.missing : undefined} data-date={day.date} data-group={g} data-state={saved ? 'saved' : missing ? 'missing' : ''}>
                        {saved || missing ? (
                          <a href={href(dailyPaths.rollCall(day.date, g))} aria-label={label} style={{ color: 'inherit', textDecoration: 'none' }}>
                            {saved ? '✓' : '✗'}
                          </a>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Stack>
  );
}
