import { useEffect, useState } from 'react';
import { Alert, Center, Loader, Paper, Stack, Table, Text, Group, Badge } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../src-main/core/contract/calls';
import type { CallError } from '../../../src-main/core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { displayValue, FIELD_ORDER, isFieldName } from './fieldDisplay';

// The child's audit trail: who changed what and when, field by field, before → after.

const KNOWN_ACTIONS = new Set(['resident.create', 'resident.update']);
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);
type Entry = CallOutput<'residents.history'>[number];
type Change = Entry['changes'][number];

/** The entry's changes in the form's order; for a new record only the fields filled in. */
function visibleChanges(e: Entry): Change[] {
  const isCreate = e.before == null;
  const rank = (f: string) => (isFieldName(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  return e.changes
    .filter((c) => !BOOKKEEPING.has(c.field))
    .filter((c) => !isCreate || c.hidden || (c.after !== '' && c.after !== null && c.after !== false))
    .sort((a, b) => rank(a.field) - rank(b.field));
}

export function ResidentHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { can } = useAppInfo();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  useEffect(() => {
    void api()
      .call('residents.history', { id })
      .then((r) => (r.ok ? setEntries(r.value) : setError(r.error)));
  }, [id]);

  if (error) {
    return (
      <Alert color="red" role="alert">
        {tk(error.message, error.params)}
      </Alert>
    );
  }
  if (!entries) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (entries.length === 0) return <Text c="dimmed">{t('residentPage.history.empty')}</Text>;

  // The core hides medical values from readers who may not see them; the screen says so.
  const seeMedical = can('residents.medical');
  const show = (c: Change, v: unknown) => {
    if (c.hidden || (c.field === 'disabilityDiagnosis' && !seeMedical)) return t('residentPage.history.hidden');
    return displayValue(c.field, v, tk, locale) || '—';
  };
  const label = (field: string) => (isFieldName(field) ? tk(`residentForm.fields.${field}`) : field);

  return (
    <Stack gap="md" data-testid="resident-history">
      {entries.map((e) => {
        const changes = visibleChanges(e);
        const isCreate = e.before == null;
        return (
          <Paper key={e.seq} withBorder p="md" radius="md" component="article" aria-label={formatDateTime(e.at, locale)}>
            <Group gap="sm" mb="xs" wrap="wrap">
              <Badge variant="light" color={isCreate ? 'teal' : 'blue'} tt="none">
                {KNOWN_ACTIONS.has(e.action) ? tk(`residentPage.history.actions.${e.action.replace('.', '_')}`) : e.action}
              </Badge>
              <Text fz="sm" fw={500}>
                {formatDateTime(e.at, locale)}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('residentPage.history.by', { who: e.actor })}
              </Text>
            </Group>
            <Table.ScrollContainer minWidth={520}>
              <Table fz="sm" verticalSpacing={6} layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="30%">{t('residentPage.history.field')}</Table.Th>
                    {!isCreate && <Table.Th>{t('residentPage.history.before')}</Table.Th>}
                    {!isCreate && <Table.Th w={32} aria-hidden />}
                    <Table.Th>{isCreate ? t('residentPage.history.value') : t('residentPage.history.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((c) => (
                    <Table.Tr key={c.field}>
                      <Table.Td fw={500}>{label(c.field)}</Table.Td>
                      {!isCreate && (
                        <Table.Td c="dimmed" style={{ textDecoration: 'line-through', overflowWrap: 'anywhere' }}>
                          {show(c, c.before)}
                        </Table.Td>
                      )}
                      {!isCreate && (
                        <Table.Td aria-hidden>
                          <IconArrowRight size={14} />
                        </Table.Td>
                      )}
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(c, c.after)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        );
      })}
    </Stack>
  );
}
