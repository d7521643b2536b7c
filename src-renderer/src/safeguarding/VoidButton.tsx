import { useState } from 'react';
import { Button, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';
import { ModalForm } from '../ui/ModalForm';
import { useFieldError } from '../daily/formBits';
import { useVoidComplaint, useVoidRestraint } from './mutations';

/** The director voids a mistaken measure or complaint, with the reason (the record is kept). */
export function VoidButton({ kind, id, version }: { kind: 'restraint' | 'complaint'; id: string; version: number }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const restraint = useVoidRestraint();
  const complaint = useVoidComplaint();
  const m = kind === 'restraint' ? restraint : complaint;
  const fieldError = useFieldError(m.error);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  if (!can('safeguarding.signoff')) return null;
  return (
    <>
      <Button size="xs" variant="subtle" color="gray" onClick={() => (setReason(''), m.reset(), setOpened(true))} data-testid={`${kind}-void`}>
        {t('safeguarding.void.action')}
      </Button>
      <ModalForm
        opened={opened}
        title={t('safeguarding.void.title')}
        onClose={() => setOpened(false)}
        pending={m.isPending}
        error={m.error}
        saveLabel={t('safeguarding.void.action')}
        onSubmit={(e) => {
          e?.preventDefault();
          m.mutate({ id, version, reason }, { onSuccess: () => { notifications.show({ color: 'teal', message: t('safeguarding.void.done') }); setOpened(false); } });
        }}
      >
        <TextInput label={t('safeguarding.void.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required error={fieldError('reason')} data-autofocus />
      </ModalForm>
    </>
  );
}
