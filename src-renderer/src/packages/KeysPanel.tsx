import { useState } from 'react';
import { Button, Code, FileButton, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconKey, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeysStatusDto } from '@core/packages/schema';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import { toCallError } from '../data/callError';
import { latestError } from '../data/latestError';
import { useDynamicT } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useImportRecipient, useInitKey, useSaveTrustFile } from './mutations';
import { SEALED_BY_LABEL } from '@core/packages/i18n/labels';

// The institution's signing key (make it once; its fingerprint; the trust file for the ministry)
// and the ministry's recipient key (imported from the file the ministry gives).

export function KeysPanel({ keys, host }: { keys: KeysStatusDto; host: PackagesHostInfo }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [passphrase, setPassphrase] = useState('');
  const making = useInitKey();
  const importing = useImportRecipient();
  const trust = useSaveTrustFile();

  const note = (message: string) =>
    notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });

  const makeKey = () =>
    making.mutate(host.passphraseForInit ? { passphrase } : {}, {
      onSuccess: () => {
        setPassphrase('');
        note(t('packages.keys.made'));
      },
    });

  const importRecipient = (file: File | null) =>
    file && importing.mutate(file, { onSuccess: (r) => note(t('packages.keys.recipientImported', { fingerprint: r.fingerprint })) });

  const error = toCallError(latestError(making, importing, trust));
  const fieldError = error?.fields?.find((f) => f.path === 'passphrase');

  return (
    <Paper withBorder radius="md" p="md" data-testid="packages-keys">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('packages.keys.title')}
        </Title>
        {!fieldError && <CallErrorAlert error={error} />}
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
                  <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => trust.mutate()}>
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
                  <Button leftSection={<IconKey size={16} aria-hidden />} loading={making.isPending} onClick={makeKey} disabled={!host.available}>
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
              <FileButton onChange={importRecipient} accept=".txt,text/plain">
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
