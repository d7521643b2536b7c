import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CallErrorAlert } from './CallErrorAlert';

/**
 * A form in a dialog: title, the reason the last save was refused (above the fields), the
 * fields, and Cancel/Save at the bottom; Save spins while the save is on its way. The fields and
 * their validation are the caller's (a Mantine form's `onSubmit` goes in `onSubmit`).
 */
export function ModalForm(props: {
  opened: boolean;
  title: string;
  onClose(): void;
  onSubmit(e?: FormEvent<HTMLFormElement>): void;
  pending: boolean;
  /** The mutation's error (react-query's `error`), or null. */
  error: unknown;
  errorTestId?: string;
  saveLabel?: string;
  /** The save button's icon, when it does something other than save (a floppy disk otherwise). */
  saveIcon?: ReactNode;
  /** What the dialog is about, above the refusal and the fields. */
  intro?: ReactNode;
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 'lg'}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form noValidate onSubmit={props.onSubmit}>
        <Stack gap="md">
          {props.intro}
          <CallErrorAlert error={props.error} testId={props.errorTestId} />
          {props.children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.pending} leftSection={props.saveIcon ?? <IconDeviceFloppy size={18} aria-hidden />}>
              {props.saveLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
