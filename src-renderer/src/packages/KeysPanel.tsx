import { useState } from 'react';
import { Alert, Button, Code, FileButton, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconKey, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import type { KeysStatusDto } from '@core/packages/schema';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { downloadText } from './download';
import { SEALED_BY_LABEL } from '@core/packages/i18n/labels';

// The institution's signing key (make it once; its fingerprint; the trust file for the ministry)
// and the ministry's recipient key (imported from the file the ministry gives).

export function KeysPanel({ keys, host, onChange }: { keys: KeysStatusDto; host: PackagesHostInfo; onChange(): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [error, setError] = useState<CallError | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const note = (message: string) =>
    notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });

  const makeKey = async () => {
    setBusy(true);
    setError(null);
    const r = await api().call('packages.initKey', host.passphraseForInit ? { passphrase } : {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPassphrase('');
    note(t('packages.keys.made'));
    onChange();
  };

  const importRecipient = async (file: File | null) => {
    if (!file) return;
    setError(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setError({ code: 'invalid', message: 'packages.keys.readFailed' });
    }
    const r = await api().call('packages.importRecipient', { text: text.slice(0, 10_000) });
    if (!r.ok) return setError(r.error);
    note(t('packages.keys.recipientImported', { fingerprint: r.value.fingerprint }));
    onChange();
  };

  const saveTrust = async () => {
    setError(null);
    const r = await api().call('packages.trustFile', {});
    if (!r.ok) return setError(r.error);
    downloadText(r.value.text, r.value.fileName);
  };

  const fieldError = error?.fields?.find((f) => f.path === 'passphrase');

  return (
    <Paper withBorder radius="md" p="md" data-testid="packages-keys">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('packages.keys.title')}
        </Title>
        {error && !fieldError && (
          <Alert color="red" role="alert">
            {tk(error.message, error.params)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={6}>
            <Text fw={600}>{t('packages.keys.signingKey')}</Text>
            {keys.activeKey ? (
              <>
                <Code block data-testid="signing-fingerprint" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {keys.activeKey.fingerprint}
                </Code>
                <Text fz="sm" c="dimmed">
                  {t(SEALED_BY_LABEL[keys.activeKey.sealedBy])} · {keys.activeKey.keyId}
                </Text>
                <Group>
                  <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void saveTrust()}>
                    {t('packages.keys.trustFile')}
                  </Button>
                </Group>
              </>
            ) : (
              <>
                <Text fz="sm">{t('packages.keys.signingKeyNone')}</Text>
                {host.passphraseForInit && (
                  <PasswordInput
                    label={t('packages.keys.passphrase')}
                    description={t('packages.keys.passphraseHint')}
                    value={passphrase}
                    onChange={(e) => setPassphrase(e.currentTarget.value)}
                    error={fieldError ? tk(fieldError.message, fieldError.params) : undefined}
                    autoComplete="new-password"
                  />
                )}
                <Group>
                  <Button leftSection={<IconKey size={16} aria-hidden />} loading={busy} onClick={() => void makeKey()} disabled={!host.available}>
                    {t('packages.keys.make')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>{t('packages.keys.recipient')}</Text>
            {keys.recipient ? (
              <Code block data-testid="recipient-fingerprint" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {keys.recipient.fingerprint}
              </Code>
            ) : (
              <Text fz="sm" c="orange.8">
                {t('packages.keys.recipientNone')}
              </Text>
            )}
            <Group>
              <FileButton onChange={(f) => void importRecipient(f)} accept=".txt,text/plain">
                {(props) => (
                  <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />} data-testid="import-recipient">
                    {t('packages.keys.importRecipient')}
                  </Button>
                )}
              </FileButton>
            </Group>
          </Stack>
        </SimpleGrid>
        <Text fz="xs" c="dimmed">
          {t('packages.keys.fingerprintHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
