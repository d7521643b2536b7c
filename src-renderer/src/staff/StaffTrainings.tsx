import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconEdit, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffDto, StaffTrainingDto } from '@core/staff/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { formatDate } from '../format';
import { useLocale } from '../i18n';
import { DataTable, TableEmptyState, type DataColumn } from '../ui/DataTable';
import { TrainingModal } from './TrainingModal';

/** The staff member's trainings, newest first, with add and edit for those who may write. */
export function StaffTrainings({ staff }: { staff: StaffDto }) {
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

  const columns: DataColumn<StaffTrainingDto>[] = [
    { id: 'title', header: t('staff.training.fields.title'), cell: (tr) => <span style={{ fontWeight: 500 }}>{tr.title}</span>, ellipsis: (tr) => tr.title },
    { id: 'provider', header: t('staff.training.fields.provider'), cell: (tr) => tr.provider, ellipsis: (tr) => tr.provider },
    { id: 'date', header: t('staff.training.fields.date'), width: 130, cell: (tr) => formatDate(tr.date, locale) },
    { id: 'hours', header: t('staff.training.fields.hours'), width: 100, cell: (tr) => tr.hours ?? '' },
    { id: 'certificate', header: t('staff.training.fields.certificateNumber'), width: 170, cell: (tr) => tr.certificateNumber },
  ];
  if (canWrite) {
    columns.push({
      id: 'edit',
      header: <VisuallyHidden>{t('staff.edit')}</VisuallyHidden>,
      width: 64,
      cell: (tr) => (
        <ActionIcon variant="subtle" onClick={() => setEditing(tr)} aria-label={t('staff.training.editLabel', { title: tr.title })}>
          <IconEdit size={18} aria-hidden />
        </ActionIcon>
      ),
    });
  }

  return (
    <Stack gap="sm">
      {rows.length > 0 && <Group justify="flex-end">{addButton}</Group>}
      <DataTable
        columns={columns}
        count={rows.length}
        rowAt={(i) => rows[i]}
        label={t('staff.tabs.trainings')}
        testId="trainings-table"
        minWidth={720}
        empty={
          <TableEmptyState
            icon={<IconCertificate size={36} aria-hidden />}
            title={t('staff.training.empty')}
            description={t('staff.training.emptyHint')}
            action={addButton}
          />
        }
      />
      <TrainingModal
        opened={editing !== null}
        staffId={staff.id}
        training={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(tr) => {
          setEditing(null);
          notifications.show({ color: 'teal', message: t('staff.training.saved', { title: tr.title }), closeButtonProps: { 'aria-label': t('common.close') } });
        }}
      />
    </Stack>
  );
}
