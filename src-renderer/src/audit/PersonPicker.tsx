import { useEffect, useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import type { AuditFilters } from './auditFilters';

type Person = NonNullable<AuditFilters['person']>;

/** Chooses a child or a staff member by name (folded search, as everywhere), for the audit filter. */
export function PersonPicker({ value, onChange }: { value: Person | null; onChange(p: Person | null): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState(value?.label ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [found, setFound] = useState<Person[]>([]);

  useEffect(() => {
    if (!debounced || debounced === value?.label) return;
    let live = true;
    void Promise.all([
      api().call('residents.search', { query: debounced, limit: 8 }),
      api().call('staff.search', { query: debounced, limit: 8 }),
    ]).then(([r, s]) => {
      if (!live) return;
      setFound([
        ...(r.ok ? r.value.map((x) => ({ entity: 'resident' as const, id: x.id, label: `${fullName(x)} (${formatDate(x.dateOfBirth, locale)})` })) : []),
        ...(s.ok ? s.value.map((x) => ({ entity: 'staff' as const, id: x.id, label: fullName(x) })) : []),
      ]);
    });
    return () => {
      live = false;
    };
  }, [debounced, value?.label, locale]);

  const options = [...found];
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
