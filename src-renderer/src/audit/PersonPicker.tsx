import { useState } from 'react';
import { Select } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { residentQueries } from '../residents/queries';
import { staffQueries } from '../staff/queries';
import type { AuditFilters } from './auditFilters';

type Person = NonNullable<AuditFilters['person']>;

/** Chooses a child or a staff member by name (folded search, as everywhere), for the audit filter. */
export function PersonPicker({ value, onChange }: { value: Person | null; onChange(p: Person | null): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState(value?.label ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // The chosen person's own label is not a search; the last answers stay meanwhile.
  const searching = { enabled: !!debounced && debounced !== value?.label, placeholderData: keepPreviousData };
  const children = useQuery({ ...residentQueries.search(debounced, 8), ...searching }).data ?? [];
  const staff = useQuery({ ...staffQueries.search(debounced, 8), ...searching }).data ?? [];

  const options: Person[] = [
    ...children.map((x) => ({ entity: 'resident' as const, id: x.id, label: `${fullName(x)} (${formatDate(x.dateOfBirth, locale)})` })),
    ...staff.map((x) => ({ entity: 'staff' as const, id: x.id, label: fullName(x) })),
  ];
  if (value && !options.some((o) => o.id === value.id)) options.push(value);
  const group = (entity: Person['entity']) => ({
    group: t(entity === 'resident' ? 'residents.nav' : 'staff.nav'),
    items: options.filter((o) => o.entity === entity).map((o) => ({ value: `${o.entity}:${o.id}`, label: o.label })),
  });
  return (
    <Select
      label={t('audit.filters.person')}
      placeholder={t('audit.filters.personPlaceholder')}
      searchable
      clearable
      data={[group('resident'), group('staff')].filter((g) => g.items.length)}
      value={value ? `${value.entity}:${value.id}` : null}
      searchValue={search}
      onSearchChange={setSearch}
      // The core already searched (with Azerbaijani folding): show its answer as it is.
      filter={({ options: o }) => o}
      nothingFoundMessage={debounced ? t('app.searchNothing') : undefined}
      onChange={(v) => {
        const p = v ? options.find((o) => `${o.entity}:${o.id}` === v) ?? null : null;
        onChange(p);
        if (!p) setSearch('');
      }}
      w={300}
      comboboxProps={{ withinPortal: true }}
      data-testid="audit-person"
    />
  );
}
