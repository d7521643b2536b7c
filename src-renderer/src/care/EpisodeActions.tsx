import { useState } from 'react';
import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPROVAL_LABEL } from '@core/care/i18n/labels';
import { EpisodeUpdateInput, EpisodeVoidInput, type EpisodeDto } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { ActionModal, type FieldSpec } from './ActionModal';
import { correctionFields, correctionInitial } from './forms';
import { useCareMutation } from './mutations';
import { CARE_FIELD_LABEL as F } from '@core/care/i18n/labels';

// An episode on the timeline: correct it or void it (a reason each time, audited), and for an exit
// that asked for it, the director's approval.

const voidFields: FieldSpec[] = [{ name: 'reason', label: F.reason, kind: 'textarea', required: true }];

export function EpisodeActions({ e }: { e: EpisodeDto }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const [open, setOpen] = useState<'correct' | 'void' | null>(null);
  const update = useCareMutation('care.episodeUpdate');
  const voided = useCareMutation('care.episodeVoid');
  const approve = useCareMutation('care.approve');
  const close = () => setOpen(null);
  const fixed = { id: e.id, version: e.version, ...(e.kind === 'missing' ? { startedOn: e.startedOn } : {}) };
  return (
    <>
      <Group gap="xs" mt={4}>
        {e.approval && (
          <Badge variant="outline" color={e.approval === 'requested' ? 'yellow' : e.approval === 'approved' ? 'teal' : 'red'} data-testid="exit-approval">
            {t(APPROVAL_LABEL[e.approval])}
          </Badge>
        )}
        {can('care.approve') && e.approval === 'requested' && (
          <>
            <Button size="xs" loading={approve.isPending} onClick={() => approve.mutate({ kind: 'exit', id: e.id, decision: 'approved' })} data-testid="exit-approve">
              {t('care.actions.approve')}
            </Button>
            <Button size="xs" variant="default" loading={approve.isPending} onClick={() => approve.mutate({ kind: 'exit', id: e.id, decision: 'rejected' })} data-testid="exit-reject">
              {t('care.actions.reject')}
            </Button>
          </>
        )}
        {can('care.write') && (
          <>
            <Button size="xs" variant="subtle" onClick={() => setOpen('correct')} data-testid="episode-correct">{t('care.actions.correct')}</Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setOpen('void')} data-testid="episode-void">{t('care.actions.void')}</Button>
          </>
        )}
      </Group>
      <CallErrorAlert error={approve.error} />
      <ActionModal opened={open === 'correct'} title={t('care.actions.correct')} fields={correctionFields(e.kind)} fixed={fixed}
        initial={correctionInitial(e)} schema={EpisodeUpdateInput} mutation={update} savedMessage={t('care.saved.corrected')}
        testId="episode-correct-form" onClose={close} />
      <ActionModal opened={open === 'void'} title={t('care.actions.void')} fields={voidFields} fixed={{ id: e.id, version: e.version }}
        schema={EpisodeVoidInput} mutation={voided} savedMessage={t('care.saved.voided')} saveLabel={t('care.actions.void')}
        testId="episode-void-form" onClose={close} />
    </>
  );
}
