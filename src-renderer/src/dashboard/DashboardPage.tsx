import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SignalDto, TallyDto } from '@core/dashboard/schema';
import { SIGNAL_LEVEL_LABEL } from '@core/dashboard/i18n/labels';
import { navigate } from '../app/router';
import { formatDate } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { dashboardQueries } from './queries';
import { dashboardPaths } from './paths';
import { SIGNAL_LINKS } from './signalLinks';
import classes from './DashboardPage.module.css';

// The director's first screen: what needs action today, one card per signal (a count that opens
// the children or the screen behind it), then the quarter's figures. Signals with something to
// act on come first, the most urgent level first; the clear ones follow, quieter.

const LEVEL_ORDER: Record<SignalDto['level'], number> = { action: 0, warning: 1, info: 2 };
const LEVEL_COLOR: Record<SignalDto['level'], string> = { action: 'red', warning: 'orange', info: 'blue' };
const LEVEL_ICON = { action: IconAlertTriangle, warning: IconClock, info: IconInfoCircle } as const;

export function orderSignals(signals: readonly SignalDto[]): SignalDto[] {
  return [...signals].sort((a, b) => Number(b.count > 0) - Number(a.count > 0) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

export function DashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error } = useQuery(dashboardQueries.get());
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text c="dimmed">
          {t('dashboard.subtitle')}
          {data && ` · ${t('dashboard.today', { date: formatDate(data.today, locale) })}`}
        </Text>
      </div>
      <CallErrorAlert error={error} title={t('dashboard.loadFailed')} />
      {data && (
        <>
          {data.signals.every((s) => s.count === 0) && (
            <Group gap="xs" c="teal" data-testid="dashboard-clear">
              <IconCircleCheck aria-hidden />
              <Text>{t('dashboard.nothing')}</Text>
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="dashboard-signals">
            {orderSignals(data.signals).map((s) => (
              <SignalCard key={s.kind} s={s} today={data.today} />
            ))}
          </SimpleGrid>
          <Title order={3}>{t('dashboard.quarter', { quarter: data.quarter.label })}</Title>
          {data.tallies.length === 0 ? (
            <Text c="dimmed">{t('dashboard.noTallies')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {data.tallies.map((tally) => (
                <TallyCard key={tally.kind} tally={tally} />
              ))}
            </SimpleGrid>
          )}
        </>
      )}
    </Stack>
  );
}

function SignalCard({ s, today }: { s: SignalDto; today: string }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const link = s.children ? dashboardPaths.signal(s.kind) : SIGNAL_LINKS[s.kind]?.(today);
  const active = s.count > 0;
  const Icon = LEVEL_ICON[s.level];
  const body = (
    <Card withBorder padding="md" className={active ? classes.active : classes.clear} data-level={s.level}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fz={32} fw={700} lh={1} data-testid="signal-count" c={active ? undefined : 'dimmed'}>
          {s.count}
        </Text>
        {active && (
          <Badge color={LEVEL_COLOR[s.level]} variant="light" leftSection={<Icon size={14} aria-hidden />}>
            {t(SIGNAL_LEVEL_LABEL[s.level])}
          </Badge>
        )}
      </Group>
      <Text mt="xs" c={active ? undefined : 'dimmed'}>
        {tk(s.label, { count: s.count })}
      </Text>
    </Card>
  );
  if (!active || !link) {
    return (
      <div data-testid={`signal-${s.kind}`} data-count={s.count}>
        {body}
      </div>
    );
  }
  return (
    <UnstyledButton
      data-testid={`signal-${s.kind}`}
      data-count={s.count}
      onClick={() => navigate(link)}
      aria-label={`${tk(s.label, { count: s.count })}: ${s.count}. ${t('dashboard.open')}`}
      className={classes.link}
    >
      {body}
    </UnstyledButton>
  );
}

function TallyCard({ tally }: { tally: TallyDto }) {
  const tk = useDynamicT();
  return (
    <Card withBorder padding="md" data-testid={`tally-${tally.kind}`}>
      <Text fw={600} mb="xs">
        {tk(tally.label)}
      </Text>
      <Table>
        <Table.Tbody>
          {tally.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{tk(r.label)}</Table.Td>
              <Table.Td ta="right" w={80}>
                {r.count}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
