import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUS_LABEL, CARE_NOTE_KIND_LABEL } from '@core/daily/i18n/labels';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { dailyQueries } from './queries';
import { FamilyContacts } from './FamilyContacts';

// The child's Daily log: the family contacts (FamilyContacts.tsx), then the last 31 days with a mark or a note, newest first — the roll call's
// status and note, then each care note with its time, kind and author.

export function DailyLogTab({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const q = useQuery(dailyQueries.childLog(residentId));
  return (
    <Stack gap="sm" data-testid="daily-log">
      <FamilyContacts residentId={residentId} />
      <CallErrorAlert error={q.error} title={t('daily.log.loadFailed')} />
      {q.data?.length === 0 && <Text c="dimmed">{t('daily.log.empty')}</Text>}
      {q.data?.map((day) => (
        <Card key={day.date} withBorder padding="sm" data-testid="daily-log-day" data-date={day.date}>
          <Group gap="sm" mb={day.notes.length ? 'xs' : 0}>
            <Text fw={700}>{formatDate(day.date, locale)}</Text>
            {day.status ? (
              <Badge variant="light" color={day.status === 'missing' ? 'red' : day.status === 'present' ? 'teal' : 'blue'}>
                {t(ATTENDANCE_STATUS_LABEL[day.status])}
              </Badge>
            ) : (
              <Text size="sm" c="dimmed">
                {t('daily.log.noMark')}
              </Text>
            )}
            {day.statusNote && <Text size="sm">{day.statusNote}</Text>}
          </Group>
          {day.notes.map((n) => (
            <Group key={n.id} gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600} w={48}>
                {n.time}
              </Text>
              <Badge variant="outline" size="sm">
                {t(CARE_NOTE_KIND_LABEL[n.kind])}
              </Badge>
              <Text size="sm" style={{ flex: 1 }}>
                {n.text}
              </Text>
              <Text size="xs" c="dimmed">
                {n.author}
              </Text>
            </Group>
          ))}
        </Card>
      ))}
    </Stack>
  );
}
