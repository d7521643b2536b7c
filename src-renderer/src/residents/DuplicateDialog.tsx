import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '@core/residents/schema';
import { formatDate, fullName } from '../format';
import { useLocale } from '../i18n';

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
      title={t('residentForm.duplicate.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="duplicate-dialog"
    >
      <Stack>
        <Text fz="sm">{t('residentForm.duplicate.explain', { count: list.length })}</Text>
        <List spacing="xs" aria-label={t('residentForm.duplicate.listLabel')}>
          {list.map((c) => (
            <List.Item key={c.id}>
              <Text fw={500}>{fullName(c)}</Text>
              <Text fz="sm" c="dimmed">
                {t('residentForm.duplicate.born', { date: formatDate(c.dateOfBirth, locale) })}
                {c.birthCertificate ? ` · ${c.birthCertificate}` : ''}
                {' · '}
                {t(`residentForm.duplicate.reason.${c.reason}`)}
              </Text>
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            {t('residentForm.duplicate.back')}
          </Button>
          <Button color="orange" onClick={props.onConfirm} loading={props.saving}>
            {props.editing ? t('residentForm.duplicate.saveAnyway') : t('residentForm.duplicate.registerAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
