import { useState } from 'react';
import { Button, Modal } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Owner } from '@core/documents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { OwnerDocuments } from './DocumentsTab';

// The documents of one record that is not a page of its own (an episode, a plan, a review, an
// incident): a small button beside the record that opens its documents — list, add, view, void —
// in a dialog. The core decides who may read and write them; the button shows for documents.read.

export function RecordDocumentsButton({ owner, what }: { owner: Owner; what: string }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const [open, setOpen] = useState(false);
  if (!can('documents.read')) return null;
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPaperclip size={14} aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid={`record-documents-${owner.ownerType}`}
      >
        {t('documents.list.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('documents.list.openOf', { what })} size="xl">
        {open && <OwnerDocuments owner={owner} emptyText={t('documents.list.recordEmpty')} />}
      </Modal>
    </>
  );
}
