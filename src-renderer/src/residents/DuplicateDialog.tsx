import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '@core/residents/schema';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';
import { DUPLICATE_REASON_LABEL } from '@core/residents/i18n/labels';

// "This child may already be registered": the similar records, and an explicit choice.
export function DuplicateDialog(props: {
  candidates: DuplicateCandidate[] | null;
  editing: boolean;
  saving: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = props.candidates ?? [];
  return (
    <Modal
      opened={props.candidates !== null}
      onClose={props.onCancel}
      title={t('residents.form.duplicate.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="duplicate-dialog"
    >
      <Stack>
        <Text fz="sm">{t('residents.form.duplicate.explain', { count: list.length })}</Text>
        <List spacing="xs" aria-label={t('residents.form.duplicate.listLabel')}>
          {list.map((c) => (
            <List.Item key={c.id}>
              <Text fw={500}>{fullName(c)}</Text>
              <Text fz="sm" c="dimmed">
                {t('residents.form.duplicate.born', { date: formatDate(c.dateOfBirth, locale) })}
                {c.birthCertificate ? ` · ${c.birthCertificate}` : ''}
                {' · '}
                {t(DUPLICATE_REASON_LABEL[c.reason])}
              </Text>
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {t('residents.form.duplicate.back')}
          </Button>
          <Button color="orange" onClick={props.onConfirm} loading={props.saving}>
            {props.editing ? t('residents.form.duplicate.saveAnyway') : t('residents.form.duplicate.registerAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
