import { useState } from 'react';
import { Button, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconNote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CARE_NOTE_KINDS, type CareNoteKind, type RollCallRow } from '@core/daily/schema';
import { CARE_NOTE_KIND_LABEL } from '@core/daily/i18n/labels';
import { fullName } from '../format';
import { ModalForm } from '../ui/ModalForm';
import { timeNow, useFieldError } from './formBits';
import { useAddNotes } from './mutations';

// A quick care note for one or several children of the group (the same text on each child's
// daily log): who, kind, time (now by default), text.

export function NoteButton({ date, rows }: { date: string; rows: RollCallRow[] }) {
  const { t } = useTranslation();
  const add = useAddNotes();
  const [open, setOpen] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  const [kind, setKind] = useState<CareNoteKind>('general');
  const [time, setTime] = useState(timeNow);
  const [text, setText] = useState('');
  const fieldError = useFieldError(add.error);
  const close = () => {
    setOpen(false);
    add.reset();
  };
  return (
    <>
      <Button variant="default" leftSection={<IconNote size={18} aria-hidden />} onClick={() => (setTime(timeNow()), setOpen(true))} data-testid="note-add">
        {t('daily.notes.add')}
      </Button>
      <ModalForm
        opened={open}
        title={t('daily.notes.add')}
        onClose={close}
        pending={add.isPending}
        error={add.error}
        saveLabel={t('daily.notes.save')}
        onSubmit={(e) => {
          e?.preventDefault();
          add.mutate(
            { residentIds: ids, date, time, kind, text },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('daily.notes.added') });
                setText('');
                setIds([]);
                close();
              },
            },
          );
        }}
      >
        <MultiSelect
          label={t('daily.notes.children')}
          data={rows.map((r) => ({ value: r.residentId, label: fullName(r) }))}
          value={ids}
          onChange={setIds}
          searchable
          required
          error={fieldError('residentIds')}
          data-autofocus
        />
        <Select
          label={t('daily.notes.kind')}
          data={CARE_NOTE_KINDS.map((k) => ({ value: k, label: t(CARE_NOTE_KIND_LABEL[k]) }))}
          value={kind}
          onChange={(v) => v && setKind(v as CareNoteKind)}
          allowDeselect={false}
        />
        <TextInput label={t('daily.notes.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} error={fieldError('time')} w={120} />
        <Textarea label={t('daily.notes.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} required autosize minRows={3} error={fieldError('text')} />
      </ModalForm>
    </>
  );
}
