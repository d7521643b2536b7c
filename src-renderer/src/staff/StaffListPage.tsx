import { useEffect, useState } from 'react';
import { Alert, Button, EmptyState, Group, Loader, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBriefcase, IconFilterOff, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { POSITIONS, type Position, type StaffPage } from '@core/staff/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { formatCount, formatDate, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { StaffStatusBadge } from './StaffBadges';
import { POSITION_LABEL } from '@core/staff/i18n/labels';

// The staff register: search (Azerbaijani letters folded, as for children), position and
// current/former filters. An institution has tens of staff, not thousands: one page holds them.

type Status = 'current' | 'former' | 'all';
const LIMIT = 1000;
const memory: { query: string; position: Position | null; status: Status } = { query: '', position: null, status: 'current' };

export function StaffListPage() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { can } = useAppInfo();
  const [text, setText] = useState(memory.query);
  const [query] = useDebouncedValue(text.trim(), 200);
  const [position, setPosition] = useState<Position | null>(memory.position);
  const [status, setStatus] = useState<Status>(memory.status);
  const [page, setPage] = useState<StaffPage | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  useEffect(() => {
    Object.assign(memory, { query, position, status });
    let live = true;
    void api()
      .call('staff.list', { query, status, limit: LIMIT, ...(position ? { position } : {}) })
      .then((r) => {
        if (!live) return;
        if (r.ok) {
          setPage(r.value);
          setError(null);
        } else setError(r.error);
      });
    return () => {
      live = false;
    };
  }, [query, position, status]);

  const filtered = query !== '' || position !== null || status !== 'current';
  const reset = () => {
    setText('');
    setPosition(null);
    setStatus('current');
  };
  const newButton = can('staff.write') && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => navigate(paths.newStaff())}>
      {t('staff.new')}
    </Button>
  );

  let body;
  if (error) {
    body = (
      <Alert color="red" role="alert" title={t('staff.loadFailed')}>
        {tk(error.message, error.params)}
      </Alert>
    );
  } else if (!page) {
    body = <Loader aria-label={t('common.loading')} />;
  } else if (page.total === 0) {
    body = (
      <EmptyState
        icon={filtered ? <IconSearch size={36} aria-hidden /> : <IconBriefcase size={40} aria-hidden />}
        variant="light"
        color="teal"
        title={filtered ? t('staff.noMatches') : t('staff.empty.title')}
        description={filtered ? t('staff.noMatchesHint') : t('staff.empty.description')}
        data-testid="staff-empty"
      >
        <EmptyState.Actions>
          {filtered ? (
            <Button variant="light" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={reset}>
              {t('staff.filters.reset')}
            </Button>
          ) : (
            newButton
          )}
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table highlightOnHover verticalSpacing="sm" data-testid="staff-table" aria-label={t('staff.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.columns.name')}</Table.Th>
                <Table.Th>{t('staff.fields.position')}</Table.Th>
                <Table.Th>{t('staff.fields.department')}</Table.Th>
                <Table.Th>{t('staff.fields.hiredDate')}</Table.Th>
                <Table.Th>{t('staff.fields.phone')}</Table.Th>
                <Table.Th>{t('staff.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  style={{ cursor: 'pointer' }}
                  onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(paths.staffMember(r.id))}
                >
                  <Table.Td fw={500}>
                    <a href={href(paths.staffMember(r.id))} style={{ color: 'inherit' }}>
                      {fullName(r)}
                    </a>
                  </Table.Td>
                  <Table.Td>{tk(POSITION_LABEL[r.position])}</Table.Td>
                  <Table.Td>{r.department}</Table.Td>
                  <Table.Td>{formatDate(r.hiredDate, locale)}</Table.Td>
                  <Table.Td>{r.phone}</Table.Td>
                  <Table.Td>
                    <StaffStatusBadge current={r.current} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    );
  }

  return (
    <Stack gap="sm" maw={1200}>
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm" align="baseline">
          <Title order={1} fz="h2">
            {t('staff.title')}
          </Title>
          {page && (
            <Text c="dimmed" fz="sm" aria-live="polite" data-testid="staff-count">
              {t('staff.count', { n: formatCount(page.total, locale) })}
            </Text>
          )}
        </Group>
        {newButton}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('staff.search')}
          placeholder={t('staff.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          flex="1 1 260px"
          maw={420}
          data-testid="staff-search"
        />
        <Select
          label={t('staff.fields.position')}
          placeholder={t('staff.anyPosition')}
          data={POSITIONS.map((p) => ({ value: p, label: tk(POSITION_LABEL[p]) }))}
          value={position}
          onChange={(v) => setPosition(v as Position | null)}
          clearable
          searchable
          w={220}
          comboboxProps={{ withinPortal: true }}
        />
        <SegmentedControl
          aria-label={t('staff.columns.status')}
          value={status}
          onChange={(v) => setStatus(v as Status)}
          data={[
            { value: 'current', label: t('staff.filters.current') },
            { value: 'former', label: t('staff.filters.former') },
            { value: 'all', label: t('staff.status.all') },
          ]}
          data-testid="staff-status-filter"
        />
        {filtered && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={reset}>
            {t('staff.filters.reset')}
          </Button>
        )}
      </Group>
      {body}
      {page && page.total > page.rows.length && (
        <Text fz="sm" c="dimmed">
          {t('staff.moreThanShown', { shown: formatCount(page.rows.length, locale), total: formatCount(page.total, locale) })}
        </Text>
      )}
    </Stack>
  );
}
