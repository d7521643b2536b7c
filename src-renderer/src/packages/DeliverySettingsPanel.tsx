import { useState } from 'react';
import { Button, Code, FileButton, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconDeviceFloppy, IconSettings, IconUpload, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DeliverySettingsDto } from '@core/packages/delivery/schema';
import { toCallError } from '../data/callError';
import { latestError } from '../data/latestError';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useImportReceiptKey, useSetDelivery } from './mutations';
import { readFileText } from './readFile';

// Where packages go: the ministry's upload address with its pinned certificate (pasted, or read
// from the .pem file), and the ministry's receipt key that every receipt is checked against.
// What is set shows at a glance; the fields open on demand.

const MAX_PEM = 100_000;

export function DeliverySettingsPanel({ settings }: { settings: DeliverySettingsDto }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const [url, setUrl] = useState(settings.url ?? '');
  const [caPem, setCaPem] = useState('');
  const [editing, setEditing] = useState(false);
  const saving = useSetDelivery();
  const importing = useImportReceiptKey();
  // The certificate's file, read into the box; a file the window cannot read is refused in the same place.
  const reading = useMutation({ mutationFn: (file: File) => readFileText(file, MAX_PEM, 'packages.delivery.settings.readFailed') });
  const error = toCallError(latestError(saving, importing, reading));

  const note = (message: string) => notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });
  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? tk(f.message, f.params) : undefined;
  };
  const clearErrors = () => {
    saving.reset();
    importing.reset();
    reading.reset();
  };

  const save = () =>
    saving.mutate(
      { url, caPem },
      {
        onSuccess: (r) => {
          setCaPem('');
          setEditing(false);
          note(t(r.url ? 'packages.delivery.settings.saved' : 'packages.delivery.settings.cleared'));
        },
      },
    );

  const chooseCertificate = (file: File | null) => file && reading.mutate(file, { onSuccess: setCaPem });

  const importKey = (file: File | null) =>
    file && importing.mutate(file, { onSuccess: (r) => note(t('packages.delivery.settings.receiptKeyImported', { keyId: r.keyId })) });

  const general = error && !error.fields?.length;
  // The address can be cleared without a certificate; a new one needs its certificate.
  const needsPem = url.trim() !== '' && (url.trim() !== (settings.url ?? '') || !settings.caFingerprint);

  return (
    <Paper withBorder radius="md" p="md" data-testid="delivery-settings">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} fz="h4">
              {t('packages.delivery.settings.title')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('packages.delivery.settings.intro')}
            </Text>
          </div>
          <Button
            variant="subtle"
            size="xs"
            leftSection={editing ? <IconX size={14} aria-hidden /> : <IconSettings size={14} aria-hidden />}
            onClick={() => {
              setEditing(!editing);
              clearErrors();
            }}
            aria-expanded={editing}
          >
            {t(editing ? 'packages.delivery.settings.close' : 'packages.delivery.settings.edit')}
          </Button>
        </Group>
        {error && (general || error.fields?.some((f) => f.path === 'text')) && <CallErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap={6}>
            {editing && (
              <>
                <TextInput
                  label={t('packages.delivery.settings.url')}
                  description={t('packages.delivery.settings.urlHint')}
                  placeholder="https://"
                  value={url}
                  onChange={(e) => setUrl(e.currentTarget.value)}
                  error={fieldError('url')}
                  inputMode="url"
                  spellCheck={false}
                />
                <Textarea
                  label={t('packages.delivery.settings.certificate')}
                  description={t('packages.delivery.settings.certificateHint')}
                  placeholder="-----BEGIN CERTIFICATE-----"
                  value={caPem}
                  onChange={(e) => setCaPem(e.currentTarget.value.slice(0, MAX_PEM))}
                  error={fieldError('caPem')}
                  autosize
                  minRows={2}
                  maxRows={6}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
                  spellCheck={false}
                />
                <Group gap="sm">
                  <FileButton onChange={chooseCertificate} accept=".pem,.crt,.cer,application/x-pem-file,text/plain">
                    {(props) => (
                      <Button {...props} variant="light" leftSection={<IconCertificate size={16} aria-hidden />} data-testid="choose-certificate">
                        {t('packages.delivery.settings.chooseCertificate')}
                      </Button>
                    )}
                  </FileButton>
                  <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving.isPending} onClick={save} disabled={needsPem && caPem.trim() === ''}>
                    {t('packages.delivery.settings.save')}
                  </Button>
                </Group>
              </>
            )}
            {settings.url && settings.caFingerprint ? (
              <Stack gap={2} data-testid="delivery-pinned">
                <Text fz="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                  {settings.url}
                </Text>
                <Text fz="sm">{t('packages.delivery.settings.pinned', { subject: settings.caSubject?.replaceAll('\n', ', ') ?? '' })}</Text>
                <Text fz="xs" c="dimmed">
                  {t('packages.delivery.settings.fingerprint')}
                </Text>
                <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                  {settings.caFingerprint}
                </Code>
              </Stack>
            ) : (
              <Text fz="sm" c="dimmed" data-testid="delivery-not-configured">
                {t('packages.delivery.settings.notConfigured')}
              </Text>
            )}
          </Stack>
          <Stack gap={6}>
            <Text fw={600}>{t('packages.delivery.settings.receiptKey')}</Text>
            {settings.receiptKey ? (
              <Text fz="sm" data-testid="receipt-key">
                {t('packages.delivery.settings.receiptKeyId', { keyId: settings.receiptKey.keyId, at: formatDateTime(settings.receiptKey.importedAt, locale) })}
              </Text>
            ) : (
              <Text fz="sm" c="orange.8">
                {t('packages.delivery.settings.receiptKeyNone')}
              </Text>
            )}
            {editing && (
              <Group>
                <FileButton onChange={importKey} accept=".json,application/json">
                  {(props) => (
                    <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />} data-testid="import-receipt-key">
                      {t('packages.delivery.settings.importReceiptKey')}
                    </Button>
                  )}
                </FileButton>
              </Group>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
