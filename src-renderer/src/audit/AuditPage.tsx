import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Anchor, Button, Center, EmptyState, Group, Loader, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { href, paths } from '../app/router';
import { formatCount } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { AuditEntryCard } from './AuditEntryCard';
import { useAuditDisplay } from './auditDisplay';
import { auditQuery, isFiltered, knownActions, knownEntities, NO_FILTERS, PAGE_SIZE, type AuditFilters } from './auditFilters';
import { PersonPicker } from './PersonPicker';
import { auditQueries } from './queries';
import { useSubjectNames } from './useSubjectNames';
import { ACTION_GROUP_LABEL } from '@core/audit/i18n/labels';
import { keyFor } from '@core/i18n/keys';

// The audit trail: every change, sign-in and refusal, newest first, filterable by person, user,
// record type, action and dates; each entry field by field, as on the records' History tabs.

const memory: { filters: AuditFilters; page: number } = { filters: NO_FILTERS, page: 0 };

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { can } = useAppInfo();
  const [filters, setFilters] = useState<AuditFilters>(memory.filters);
  const [page, setPage] = useState(memory.page);
  const actors = useQuery(auditQueries.actors()).data ?? [];
  const query = useMemo(() => auditQuery(filters, page), [filters, page]);
  // The page shown stays while the next one (other filters, another page) is on its way.
  const list = useQuery({ ...auditQueries.list(query), placeholderData: keepPreviousData });
  const result = list.data;
  const names = useSubjectNames(result?.rows ?? null, can('users.manage'));
  const display = useAuditDisplay({
    seeMedical: can('residents.medical'),
    staffNames: names.staffNames,
    trainingTitles: names.trainingTitles,
  });
  useEffect(() => {
    Object.assign(memory, { filters, page });
  }, [filters, page]);

  const set = (patch: Partial<AuditFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  const groupLabel = (g: string) => {
    const key = keyFor(ACTION_GROUP_LABEL, g);
    return key && i18n.exists(key) ? tk(key) : g;
  };
  const actionData = knownActions().map(({ group, actions }) => ({
    group: groupLabel(group),
    items: [
      { value: `${group}.`, label: t('audit.filters.allOfGroup', { group: groupLabel(group) }) },
      ...actions.map((a) => ({ value: a, label: display.action(a) })),
    ],
  }));

  const subject = (entity: string, id: string) => {
    const name = names.nameOf(entity, id);
    const label = display.entity(entity);
    const target = entity === 'resident' ? paths.child(id) : entity === 'staff' ? paths.staffMember(id) : null;
    if (entity === 'call' || entity === 'settings' || entity === 'institution') {
      return (
        <Text fz="sm" c="dimmed">
          · {label}
          {entity === 'call' ? `: ${id}` : ''}
        </Text>
      );
    }
    return (
      <Text fz="sm" c="dimmed">
        · {label}:{' '}
        {target ? (
          <Anchor href={href(target)} fz="sm">
            {name ?? t('audit.openRecord')}
          </Anchor>
        ) : (
          (name ?? id)
        )}
      </Text>
    );
  };

  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="md" maw={1200}>
      <Group gap="sm" align="baseline">
        <Title order={1} fz="h2">
          {t('audit.title')}
        </Title>
        {result && (
          <Text c="dimmed" fz="sm" aria-live="polite" data-testid="audit-count">
            {t('audit.count', { n: formatCount(result.total, locale) })}
          </Text>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap" data-testid="audit-filters">
        <PersonPicker value={filters.person} onChange={(person) => set({ person })} />
        <Select
          label={t('audit.filters.user')}
          placeholder={t('audit.filters.any')}
          data={actors}
          value={filters.actor}
          onChange={(actor) => set({ actor })}
          searchable
          clearable
          w={200}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('audit.filters.entity')}
          placeholder={t('audit.filters.any')}
          data={knownEntities().map((e) => ({ value: e, label: display.entity(e) }))}
          value={filters.entity}
          onChange={(entity) => set({ entity })}
          clearable
          w={180}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.any')}
          data={actionData}
          value={filters.action}
          onChange={(action) => set({ action })}
          searchable
          clearable
          w={260}
          comboboxProps={{ withinPortal: true }}
        />
        <DateField label={t('audit.filters.from')} value={filters.from} onChange={(from) => set({ from })} w={170} />
        <DateField label={t('audit.filters.to')} value={filters.to} onChange={(to) => set({ to })} w={170} />
        {isFiltered(filters) && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => set(NO_FILTERS)}>
            {t('audit.filters.reset')}
          </Button>
        )}
      </Group>

      {list.error ? (
        <CallErrorAlert error={list.error} title={t('audit.loadFailed')} />
      ) : !result ? (
        <Center p="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : result.total === 0 ? (
        <EmptyState icon={<IconHistory size={36} aria-hidden />} title={t('audit.empty')} data-testid="audit-empty">
          {isFiltered(filters) && (
            <EmptyState.Actions>
              <Button variant="light" leftSection={<IconFilterOff size={18} aria-hidden />} onClick={() => set(NO_FILTERS)}>
                {t('audit.filters.reset')}
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Stack gap="sm" data-testid="audit-list">
          {result.rows.map((e) => (
            <AuditEntryCard key={e.seq} entry={e} display={display} subject={subject(e.entity, e.entityId)} />
          ))}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={page + 1}
                onChange={(p) => {
                  setPage(p - 1);
                  window.scrollTo(0, 0);
                }}
                getControlProps={(c) => ({ 'aria-label': c === 'previous' ? t('common.calendarPrevious') : c === 'next' ? t('common.calendarNext') : undefined })}
              />
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
