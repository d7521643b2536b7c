import { useEffect, useMemo, useRef, useState } from 'react';
import { Combobox, Group, Kbd, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from '@core/residents/schema';
import type { StaffListItem } from '@core/staff/schema';
import { navigate, paths } from '../app/router';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDate, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { FinMissingBadge, StatusBadge } from '../residents/badges';
import { residentQueries } from '../residents/queries';
import { staffQueries } from '../staff/queries';
import classes from './GlobalSearch.module.css';
import { POSITION_LABEL } from '@core/staff/i18n/labels';

// The header's search, from any screen: children by name, patronymic, FIN or birth certificate,
// and staff (for roles that may see them). Ctrl+K (⌘K) puts the cursor in it; arrows choose;
// Enter opens the page. Option values are "child:<id>" or "staff:<id>".

interface Found {
  children: ResidentListItem[];
  staff: StaffListItem[];
}

const CHILDREN_LIMIT = 10;
const STAFF_LIMIT = 5;
const DEBOUNCE_MS = 150;

export function GlobalSearch() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { can } = useAppInfo();
  const canStaff = can('staff.read');
  const os = useOs();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const childrenFound = useQuery({ ...residentQueries.search(debounced, CHILDREN_LIMIT), enabled: debounced !== '' });
  const staffFound = useQuery({ ...staffQueries.search(debounced, STAFF_LIMIT), enabled: debounced !== '' && canStaff });
  // A search that fails finds nothing. While the next answer is on its way the last one stays,
  // but only within one search: after the box was emptied, nothing shows until the new answer.
  const fresh = useMemo<Found | null>(() => {
    const answered = (q: { data?: unknown; isError: boolean }) => q.data !== undefined || q.isError;
    if (debounced === '' || !answered(childrenFound) || (canStaff && !answered(staffFound))) return null;
    return { children: childrenFound.data ?? [], staff: canStaff ? (staffFound.data ?? []) : [] };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, canStaff, childrenFound.data, childrenFound.isError, staffFound.data, staffFound.isError]);
  const kept = useRef<Found | null>(null);
  kept.current = debounced === '' ? null : (fresh ?? kept.current);
  const results = kept.current;
  const loading = childrenFound.isFetching || staffFound.isFetching;
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  useHotkeys(
    [
      ['mod+K', () => { inputRef.current?.focus(); inputRef.current?.select(); }],
    ],
    [],
  );

  // The first result is chosen, so Enter opens it; after render, when the options exist.
  useEffect(() => {
    if (results && results.children.length + results.staff.length > 0) combobox.selectFirstOption();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results]);

  if (!can('residents.read')) return null;

  const open = (value: string) => {
    setQuery('');
    combobox.closeDropdown();
    inputRef.current?.blur();
    const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    navigate(kind === 'staff' ? paths.staffMember(id) : paths.child(id));
  };
  const nothing = results !== null && results.children.length + results.staff.length === 0;

  const shortcut = os === 'macos' ? '⌘ K' : 'Ctrl K';
  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal position="bottom-start">
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          w="100%"
          maw={520}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => query && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          placeholder={t('app.searchPlaceholder')}
          aria-label={t('app.searchLabel')}
          leftSection={loading ? <Loader size={14} /> : <IconSearch size={16} aria-hidden />}
          rightSection={<Kbd size="xs" aria-hidden visibleFrom="md">{shortcut}</Kbd>}
          rightSectionWidth={64}
          rightSectionPointerEvents="none"
          aria-keyshortcuts="Control+K"
          data-testid="global-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!query.trim() || results === null} miw={360}>
        <Combobox.Options aria-label={t('app.searchResults')}>
          {nothing && <Combobox.Empty>{t('app.searchNothing')}</Combobox.Empty>}
          {!!results?.children.length && (
            <Combobox.Group label={t('residents.nav')} role="group" aria-label={t('residents.nav')}>
              {results.children.map((r) => (
                <Combobox.Option key={r.id} value={`child:${r.id}`} className={classes.option}>
                  <Group justify="space-between" wrap="nowrap" gap="sm">
                    <Stack gap={0} miw={0}>
                      <Text fz="sm" fw={500} truncate>
                        {fullName(r)}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {formatDate(r.dateOfBirth, locale)}
                        {r.fin ? ` · ${r.fin}` : ''}
                        {r.groupName ? ` · ${r.groupName}` : ''}
                      </Text>
                    </Stack>
                    <Group gap={4} wrap="nowrap">
                      {!r.fin && <FinMissingBadge />}
                      {r.status === 'discharged' && <StatusBadge status={r.status} />}
                    </Group>
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {!!results?.staff.length && (
            <Combobox.Group label={t('staff.nav')} role="group" aria-label={t('staff.nav')}>
              {results.staff.map((m) => (
                <Combobox.Option key={m.id} value={`staff:${m.id}`} className={classes.option}>
                  <Stack gap={0} miw={0}>
                    <Text fz="sm" fw={500} truncate>
                      {fullName(m)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {tk(POSITION_LABEL[m.position])}
                      {m.department ? ` · ${m.department}` : ''}
                      {m.current ? '' : ` · ${t('app.searchFormerStaff')}`}
                    </Text>
                  </Stack>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
