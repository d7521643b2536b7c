import type { ReactNode } from 'react';
import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { useLocale } from '../i18n';
import { actionColor, visibleChanges, type Entry, type useAuditDisplay } from './auditDisplay';

// One audit entry: what happened, when, by whom, and field by field what changed (before →
// after). The audit screen and the History tab of every record page show entries with this.

export function AuditEntryCard({
  entry: e,
  display,
  subject,
}: {
  entry: Entry;
  display: ReturnType<typeof useAuditDisplay>;
  /** On the audit screen: what the entry is about (a link to the record). */
  subject?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const changes = visibleChanges(e);
  const isCreate = e.before == null;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`${display.action(e.action)}, ${formatDateTime(e.at, locale)}`} data-seq={e.seq}>
      <Group gap="sm" mb={changes.length ? 'xs' : 0} wrap="wrap">
        <Badge variant="light" color={actionColor(e.action)} tt="none">
          {display.action(e.action)}
        </Badge>
        <Text fz="sm" fw={500}>
          {formatDateTime(e.at, locale)}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('audit.history.by', { who: e.actor })}
        </Text>
        {subject}
        {display.part(e) && (
          <Text fz="sm" fw={500}>
            · {display.part(e)}
          </Text>
        )}
      </Group>
      {changes.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table fz="sm" verticalSpacing={6} layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('audit.history.field')}</Table.Th>
                {!isCreate && <Table.Th>{t('audit.history.before')}</Table.Th>}
                {!isCreate && <Table.Th w={32} aria-hidden />}
                <Table.Th>{isCreate ? t('audit.history.value') : t('audit.history.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((c) => (
                <Table.Tr key={c.field}>
                  <Table.Td fw={500}>{display.fieldLabel(e.entity, c.field)}</Table.Td>
                  {!isCreate && (
                    <Table.Td c="dimmed" style={{ textDecoration: 'line-through', overflowWrap: 'anywhere' }}>
                      {display.value(e.entity, c, c.before)}
                    </Table.Td>
                  )}
                  {!isCreate && (
                    <Table.Td aria-hidden>
                      <IconArrowRight size={14} />
                    </Table.Td>
                  )}
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{display.value(e.entity, c, c.after)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
