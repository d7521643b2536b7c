import { useState } from 'react';
import { ActionIcon, Button, EmptyState, Group, Paper, Stack, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffDto, StaffTrainingDto } from '@core/staff/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { TrainingModal } from './TrainingModal';

/** The staff member's trainings, newest first, with add and edit for those who may write. */
export function StaffTrainings({ staff, onChanged }: { staff: StaffDto; onChanged(): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useAppInfo();
  const canWrite = can('staff.write');
  const [editing, setEditing] = useState<StaffTrainingDto | null | 'new'>(null);
  const rows = [...staff.trainings].sort((a, b) => b.date.localeCompare(a.date));

  const addButton = canWrite && (
    <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
      {t('staff.training.add')}
    </Button>
  );

  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <EmptyState
          icon={<IconCertificate size={36} aria-hidden />}
          variant="light"
          color="teal"
          title={t('staff.training.empty')}
          description={t('staff.training.emptyHint')}
        >
          {addButton && <EmptyState.Actions>{addButton}</EmptyState.Actions>}
        </EmptyState>
      ) : (
        <>
          <Group justify="flex-end">{addButton}</Group>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" data-testid="trainings-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('staff.training.fields.title')}</Table.Th>
                    <Table.Th>{t('staff.training.fields.provider')}</Table.Th>
                    <Table.Th>{t('staff.training.fields.date')}</Table.Th>
                    <Table.Th>{t('staff.training.fields.hours')}</Table.Th>
                    <Table.Th>{t('staff.training.fields.certificateNumber')}</Table.Th>
                    {canWrite && (
                      <Table.Th w={56}>
                        <VisuallyHidden>{t('staff.edit')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((tr) => (
                    <Table.Tr key={tr.id}>
                      <Table.Td fw={500}>{tr.title}</Table.Td>
                      <Table.Td>{tr.provider}</Table.Td>
                      <Table.Td>{formatDate(tr.date, locale)}</Table.Td>
                      <Table.Td>{tr.hours ?? ''}</Table.Td>
                      <Table.Td>{tr.certificateNumber}</Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <ActionIcon variant="subtle" onClick={() => setEditing(tr)} aria-label={t('staff.training.editLabel', { title: tr.title })}>
                            <IconEdit size={18} aria-hidden />
                          </ActionIcon>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </>
      )}
      <TrainingModal
        opened={editing !== null}
        staffId={staff.id}
        training={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(tr) => {
          setEditing(null);
          notifications.show({ color: 'teal', message: t('staff.training.saved', { title: tr.title }), closeButtonProps: { 'aria-label': t('common.close') } });
          onChanged();
        }}
      />
    </Stack>
  );
}
