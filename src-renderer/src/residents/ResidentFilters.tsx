import { useEffect, useId, useState } from 'react';
import { Badge, Button, Checkbox, Collapse, Group, Input, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { DEFAULT_FILTERS, isFiltered, type ListFilters, type StatusFilter } from './listState';

// Search and filters above the children table. The search box filters as you type (debounced:
// one request per pause, not per key).

export function ResidentFilters({
  filters,
  groups,
  onChange,
}: {
  filters: ListFilters;
  groups: string[];
  onChange(f: ListFilters): void;
}) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const [text, setText] = useState(filters.query);
  const [debounced] = useDebouncedValue(text, 200);
  const ageId = useId();
  const moreId = useId();
  // On a narrow window (or at high zoom) the detailed filters fold behind a button.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const [more, { toggle: toggleMore }] = useDisclosure(false);
  const detailed = [filters.groupName, filters.sex, filters.ageMin !== '' || filters.ageMax !== '', filters.disability, filters.documentsMissing].filter(Boolean).length;
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });

  useEffect(() => {
    if (debounced !== filters.query) set({ query: debounced });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  useEffect(() => {
    if (filters.query === '' && text !== '' && debounced === text) setText('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.query]);

  const age = (v: string | number) => (v === '' || v === undefined ? '' : Math.max(0, Math.min(30, Math.trunc(Number(v)))));

  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          label={t('residents.search')}
          placeholder={t('residents.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          flex="1 1 260px"
          maw={460}
          data-testid="list-search"
        />
        <SegmentedControl
          aria-label={t('residents.filters.status')}
          value={filters.status}
          onChange={(v) => set({ status: v as StatusFilter })}
          data={[
            { value: 'current', label: t('residents.filters.current') },
            { value: 'discharged', label: t('residents.filters.former') },
            { value: 'all', label: t('residents.filters.all') },
          ]}
          data-testid="status-filter"
        />
        {narrow && (
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            rightSection={detailed ? <Badge size="sm" circle>{detailed}</Badge> : null}
            aria-expanded={more}
            aria-controls={moreId}
            onClick={toggleMore}
          >
            {t('residents.filters.more')}
          </Button>
        )}
      </Group>
      <Collapse expanded={!narrow || more} id={moreId}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('residents.filters.group')}
            placeholder={t('residents.filters.anyGroup')}
            data={groups}
            value={filters.groupName}
            onChange={(v) => set({ groupName: v })}
            clearable
            searchable
            w={170}
          />
          <Select
            label={t('residents.filters.sex')}
            placeholder={t('residents.filters.any')}
            data={[
              { value: 'M', label: t('residents.enums.sex.M') },
              { value: 'F', label: t('residents.enums.sex.F') },
            ]}
            value={filters.sex || null}
            onChange={(v) => set({ sex: (v ?? '') as ListFilters['sex'] })}
            clearable
            w={130}
          />
          <Input.Wrapper label={t('residents.filters.age')} labelElement="div" labelProps={{ id: ageId }}>
            <Group gap={6} wrap="nowrap" role="group" aria-labelledby={ageId}>
              <NumberInput
                aria-label={t('residents.filters.ageFrom')}
                placeholder={t('residents.filters.ageFromPlaceholder')}
                min={0}
                max={30}
                value={filters.ageMin}
                onChange={(v) => set({ ageMin: age(v) })}
                w={76}
                hideControls
                allowDecimal={false}
                allowNegative={false}
              />
              <Text aria-hidden c="dimmed">
                –
              </Text>
              <NumberInput
                aria-label={t('residents.filters.ageTo')}
                placeholder={t('residents.filters.ageToPlaceholder')}
                min={0}
                max={30}
                value={filters.ageMax}
                onChange={(v) => set({ ageMax: age(v) })}
                w={76}
                hideControls
                allowDecimal={false}
                allowNegative={false}
              />
            </Group>
          </Input.Wrapper>
          <Select
            label={t('residents.filters.disability')}
            placeholder={t('residents.filters.any')}
            data={[
              { value: 'yes', label: t('residents.filters.disabilityYes') },
              { value: 'no', label: t('residents.filters.disabilityNo') },
            ]}
            value={filters.disability || null}
            onChange={(v) => set({ disability: (v ?? '') as ListFilters['disability'] })}
            clearable
            w={250}
          />
          {can('documents.read') && (
            <Checkbox
              label={t('documents.listFilter.missing')}
              checked={filters.documentsMissing}
              onChange={(e) => set({ documentsMissing: e.currentTarget.checked })}
              mb={8}
              data-testid="filter-documents-missing"
            />
          )}
          {isFiltered(filters) && (
            <Button
              variant="subtle"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={() => {
                setText('');
                onChange({ ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir });
              }}
            >
              {t('residents.filters.reset')}
            </Button>
          )}
        </Group>
      </Collapse>
    </Stack>
  );
}
