import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, CARE_NOTE_KINDS } from '@core/daily/schema';
import { ATTENDANCE_STATUS_LABEL, CARE_NOTE_KIND_LABEL } from '@core/daily/i18n/labels';
import { MEASURES } from '@core/safeguarding/schema';
import { MEASURE_LABEL } from '@core/safeguarding/i18n/labels';
import { href } from '../app/router';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { dailyQueries } from './queries';
import { dailyPaths } from './paths';

// A date at a glance: per group, the children in care, the counts by status, the unmarked and
// whether the roll call is done; then the day's notes.

export function DaySummary({ date }: { date: string }) {
  const { t } = useTranslation();
  const q = useQuery(dailyQueries.day(date));
  const d = q.data;
  return (
    <Stack gap="md">
      <CallErrorAlert error={q.error} title={t('daily.day.loadFailed')} />
      {d && (
        <>
          <Table withTableBorder striped data-testid="day-summary" style={{ fontVariantNumeric: 'tabular-nums' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('daily.group')}</Table.Th>
                <Table.Th>{t('daily.day.children')}</Table.Th>
                {ATTENDANCE_STATUSES.map((s) => (
                  <Table.Th key={s}>{t(ATTENDANCE_STATUS_LABEL[s])}</Table.Th>
                ))}
                <Table.Th>{t('daily.day.unmarked')}</Table.Th>
                <Table.Th>{t('daily.day.saved')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.groups.map((g) => (
                <Table.Tr key={g.group} data-testid="day-group" data-group={g.group} data-saved={g.saved}>
                  <Table.Td>
                    <Anchor href={href(dailyPaths.rollCall(date, g.group))}>{g.group}</Anchor>
                  </Table.Td>
                  <Table.Td>{g.children}</Table.Td>
                  {ATTENDANCE_STATUSES.map((s) => (
                    <Table.Td key={s} data-testid={`day-${s}`} c={s === 'missing' && g.counts[s] > 0 ? 'red' : undefined} fw={s === 'missing' && g.counts[s] > 0 ? 700 : undefined}>
                      {g.counts[s]}
                    </Table.Td>
                  ))}
                  <Table.Td>{g.unmarked}</Table.Td>
                  <Table.Td>
                    <Text c={g.saved ? 'teal' : 'red'} fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {g.saved ? `✓ ${t('daily.day.savedYes')}` : `✗ ${t('daily.day.savedNo')}`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="day-totals" fw={700}>
                <Table.Th>{t('daily.day.total')}</Table.Th>
                <Table.Th>{d.totals.children}</Table.Th>
                {ATTENDANCE_STATUSES.map((s) => (
                  <Table.Th key={s} data-testid={`total-${s}`}>
                    {d.totals[s]}
                  </Table.Th>
                ))}
                <Table.Th>{d.totals.unmarked}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          <Text fw={600} c={d.incidents.serious > 0 ? 'red' : undefined} data-testid="day-incidents">
            {t('daily.incidents.dayCount', d.incidents)}
          </Text>
          <Text data-testid="day-doses">{t('daily.medication.counts', d.doses)}</Text>
          <Text data-testid="day-measures" data-count={d.measures.total}>
            {t('safeguarding.day.measures')}: {d.measures.total}
            {MEASURES.filter((m) => d.measures.byMeasure[m] > 0).map((m) => ` · ${t(MEASURE_LABEL[m])}: ${d.measures.byMeasure[m]}`).join('')}
          </Text>
          <Title order={4}>{t('daily.day.notes')}</Title>
          <Group gap="xs">
            {CARE_NOTE_KINDS.filter((k) => d.notesByKind[k] > 0).map((k) => (
              <Badge key={k} variant="light">
                {t(CARE_NOTE_KIND_LABEL[k])}: {d.notesByKind[k]}
              </Badge>
            ))}
          </Group>
          {d.notes.length === 0 ? (
            <Text c="dimmed">{t('daily.day.noNotes')}</Text>
          ) : (
            <Stack gap="xs" data-testid="day-notes">
              {d.notes.map((n) => (
                <Card key={n.id} withBorder padding="xs">
                  <Group gap="xs">
                    <Text fw={600}>{n.time}</Text>
                    <Text>
                      {n.lastName} {n.firstName}
                    </Text>
                    <Badge variant="outline" size="sm">
                      {t(CARE_NOTE_KIND_LABEL[n.kind])}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {n.author}
                    </Text>
                  </Group>
                  <Text size="sm">{n.text}</Text>
                </Card>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
