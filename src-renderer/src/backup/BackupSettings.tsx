import { useEffect, useState } from 'react';
import { Alert, Button, FileButton, Group, Loader, Modal, Paper, PasswordInput, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconDeviceFloppy, IconRestore, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupFileDto } from '@core/backup/schema';
import { BACKUP_PHASE_LABEL } from '@core/backup/i18n/labels';
import { toCallError } from '../data/callError';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, type DataColumn } from '../ui/DataTable';
import { backupPollInterval, backupQueries } from './queries';
import { formatBytes } from './format';
import { useRestoreBackup, useRunBackup, useSaveBackupCopy, useSaveBackupSettings, type RestoreSource } from './mutations';

// Settings → Backups: the folder's backups with their dates and sizes, "back up now" with its
// progress, a restore from one of them or from a chosen file, and the folder and passphrase.
// Where the host has a save dialog (the app), a backup is also saved as a copy to a chosen file
// (a USB stick): "save a copy…" on a row, or "back up now and save to a file…", which asks where
// once the new backup is whole.

const note = (message: string, color = 'teal') => notifications.show({ color, message });

export function BackupSettings() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const status = useQuery({ ...backupQueries.status(), refetchInterval: (q) => backupPollInterval(q.state.data) });
  const running = useRunBackup();
  const [restoring, setRestoring] = useState<RestoreSource | null>(null);
  const copying = useSaveBackupCopy();
  /** The job whose backup is to be saved to a file once it is done ("back up now and save…"). */
  const [copyAfter, setCopyAfter] = useState<string | null>(null);
  const saveCopy = (fileName: string) =>
    copying.mutate({ fileName }, { onSuccess: (r) => r.savedTo && note(t('backup.copied', { file: r.savedTo })) });

  // A job that just ended says so once.
  const job = status.data?.job;
  const [announced, setAnnounced] = useState<string | null>(null);
  useEffect(() => {
    if (job && job.phase === 'done' && job.result && announced !== job.jobId && running.data?.jobId === job.jobId) {
      setAnnounced(job.jobId);
      note(t('backup.done', { file: job.result.fileName }));
      if (copyAfter === job.jobId) {
        setCopyAfter(null);
        saveCopy(job.result.fileName);
      }
    }
  }, [job, announced, running.data, t, copyAfter]);

  if (status.error) return <CallErrorAlert error={status.error} />;
  if (!status.data) return <Loader aria-hidden />;
  const s = status.data;
  const busy = !!job && (job.phase === 'queued' || job.phase === 'copy' || job.phase === 'encrypt');

  const columns: DataColumn<BackupFileDto>[] = [
    { id: 'date', header: t('backup.list.date'), width: 200, cell: (b) => formatDateTime(b.at, locale) },
    { id: 'size', header: t('backup.list.size'), width: 140, cell: (b) => formatBytes(b.bytes, locale) },
    {
      id: 'actions',
      header: t('backup.list.actions'),
      cell: (b) => (
        <Group gap="xs" wrap="nowrap">
        <Button size="xs" variant="light" leftSection={<IconRestore size={14} aria-hidden />} onClick={() => setRestoring({ fileName: b.fileName })} aria-label={`${t('backup.restore.button')}: ${formatDateTime(b.at, locale)}`} data-testid="backup-restore">
          {t('backup.restore.button')}
        </Button>
        {s.saveDialog && (
          <Button size="xs" variant="default" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => saveCopy(b.fileName)} loading={copying.isPending && copying.variables?.fileName === b.fileName} disabled={copying.isPending} aria-label={`${t('backup.saveCopy')}: ${formatDateTime(b.at, locale)}`} data-testid="backup-save-copy">
            {t('backup.saveCopy')}
          </Button>
        )}
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="md" data-testid="backup-settings">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('backup.tab')}
          </Title>
          <Text fz="sm">{t('backup.intro')}</Text>
          <Text fw={600} data-testid="backup-last">
            {s.lastSuccess ? t('backup.lastSuccess', { date: formatDateTime(s.lastSuccess, locale) }) : t('backup.never')}
          </Text>
          {s.lastError && (
            <Alert color="orange" title={t('backup.lastError')}>
              {tk(s.lastError.message, s.lastError.params)}
            </Alert>
          )}
          {job?.phase === 'failed' && job.trigger === 'manual' && <CallErrorAlert error={job.error} />}
          <CallErrorAlert error={running.error} />
          <CallErrorAlert error={copying.error} />
          <Group>
            <Button leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={() => running.mutate({})} loading={running.isPending} disabled={busy || !s.passphraseSet} data-testid="backup-run">
              {t('backup.runNow')}
            </Button>
            {s.saveDialog && (
              <Button
                variant="light"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={() => running.mutate({}, { onSuccess: (j) => setCopyAfter(j.jobId) })}
                loading={running.isPending || (copyAfter !== null && busy) || copying.isPending}
                disabled={busy || !s.passphraseSet}
                data-testid="backup-run-to-file"
              >
                {t('backup.runToFile')}
              </Button>
            )}
            <FileButton onChange={(f) => f && setRestoring({ file: f })} accept=".age">
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />} disabled={busy} data-testid="backup-restore-file">
                  {t('backup.restore.fromFile')}
                </Button>
              )}
            </FileButton>
          </Group>
          {busy && job && (
            <Stack gap={4} data-testid="backup-progress">
              <Text fz="sm">
                {t('backup.progress')} {tk(BACKUP_PHASE_LABEL[job.phase])}
              </Text>
              <Progress value={Math.round(job.fraction * 100)} aria-label={t('backup.progress')} animated />
            </Stack>
          )}
        </Stack>
      </Paper>

      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('backup.list.title')}
        </Title>
        <DataTable
          columns={columns}
          count={s.backups.length}
          rowAt={(i) => s.backups[i]}
          label={t('backup.list.title')}
          testId="backup-table"
          minWidth={560}
          rowData={(b) => ({ 'data-testid': 'backup-row', 'data-file': b.fileName })}
          empty={<Text c="dimmed">{t('backup.list.empty')}</Text>}
        />
      </Stack>

      <BackupSettingsForm folder={s.folder ?? ''} passphraseSet={s.passphraseSet} kept={s.passphraseKept} />
      {restoring && <RestoreModal source={restoring} onClose={() => setRestoring(null)} />}
    </Stack>
  );
}

function BackupSettingsForm({ folder, passphraseSet, kept }: { folder: string; passphraseSet: boolean; kept: 'keyring' | 'memory' }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const saving = useSaveBackupSettings();
  const [folderText, setFolderText] = useState(folder);
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => setFolderText(folder), [folder]);
  const error = toCallError(saving.error);
  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? tk(f.message, f.params) : undefined;
  };
  const save = () =>
    saving.mutate(
      { ...(folderText.trim() !== folder ? { folder: folderText.trim() } : {}), ...(passphrase ? { passphrase } : {}) },
      {
        onSuccess: () => {
          setPassphrase('');
          note(t('backup.saved'));
        },
      },
    );
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm" maw={640}>
        {error && !error.fields?.length && <CallErrorAlert error={saving.error} />}
        <TextInput label={t('backup.folder')} description={t('backup.folderHint')} value={folderText} onChange={(e) => setFolderText(e.currentTarget.value)} error={fieldError('folder')} data-testid="backup-folder" />
        <PasswordInput
          label={t('backup.passphrase')}
          description={t('backup.passphraseHint')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={fieldError('passphrase')}
          autoComplete="new-password"
          data-testid="backup-passphrase"
        />
        <Text fz="sm" c={passphraseSet ? undefined : 'orange'} data-testid="backup-passphrase-state">
          {passphraseSet ? t('backup.passphraseSet') : t('backup.passphraseNotSet')} {t(kept === 'keyring' ? 'backup.passphraseKeyring' : 'backup.passphraseMemory')}
        </Text>
        <Group>
          <Button onClick={save} loading={saving.isPending} data-testid="backup-save">
            {t('backup.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RestoreModal({ source, onClose }: { source: RestoreSource; onClose: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const restoring = useRestoreBackup();
  const name = 'fileName' in source ? source.fileName : source.file.name;
  const confirm = () =>
    restoring.mutate(
      { source, passphrase },
      {
        onSuccess: (r) => {
          note(t('backup.restore.done', { file: r.source, aside: r.keptAside ?? '—' }));
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('backup.restore.title')} closeButtonProps={{ 'aria-label': t('backup.restore.cancel') }}>
      <Stack gap="sm" data-testid="restore-modal">
        <Alert color="orange">{t('backup.restore.warning')}</Alert>
        <Text fz="sm" style={{ wordBreak: 'break-all' }}>
          {t('backup.restore.file', { file: name })}
        </Text>
        <PasswordInput
          label={t('backup.restore.passphrase')}
          description={t('backup.restore.passphraseHint')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          autoComplete="off"
          data-testid="restore-passphrase"
        />
        <CallErrorAlert error={restoring.error} testId="restore-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('backup.restore.cancel')}
          </Button>
          <Button color="orange" onClick={confirm} loading={restoring.isPending} data-testid="restore-confirm">
            {t('backup.restore.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
