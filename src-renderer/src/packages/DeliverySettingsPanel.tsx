import { useState } from 'react';
import { Alert, Button, Code, FileButton, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconDeviceFloppy, IconSettings, IconUpload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import type { DeliverySettingsDto } from '@core/packages/delivery/schema';
import { api } from '../api';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';

// Where packages go: the ministry's upload address with its pinned certificate (pasted, or read
// from the .pem file), and the ministry's receipt key that every receipt is checked against.
// What is set shows at a glance; the fields open on demand.

const MAX_PEM = 100_000;

async function readText(file: File, max: number): Promise<string | null> {
  try {
    return (await file.text()).slice(0, max);
  } catch {
    return null;
  }
}

export function DeliverySettingsPanel({ settings, onChange }: { settings: DeliverySettingsDto; onChange(): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const [url, setUrl] = useState(settings.url ?? '');
  const [caPem, setCaPem] = useState('');
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);

  const note = (message: string) => notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });
  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? tk(f.message, f.params) : undefined;
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await api().call('packages.setDelivery', { url, caPem });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setCaPem('');
    setEditing(false);
    note(t(r.value.url ? 'packages.delivery.settings.saved' : 'packages.delivery.settings.cleared'));
    onChange();
  };

  const chooseCertificate = async (file: File | null) => {
    if (!file) return;
    const text = await readText(file, MAX_PEM);
    if (text === null) return setError({ code: 'invalid', message: 'packages.delivery.settings.readFailed' });
    setCaPem(text);
  };

  const importKey = async (file: File | null) => {
    if (!file) return;
    setError(null);
    const text = await readText(file, 10_000);
    if (text === null) return setError({ code: 'invalid', message: 'packages.delivery.settings.readFailed' });
    const r = await api().call('packages.importReceiptKey', { text });
    if (!r.ok) return setError(r.error);
    note(t('packages.delivery.settings.receiptKeyImported', { keyId: r.value.keyId }));
    onChange();
  };

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
              setError(null);
            }}
            aria-expanded={editing}
          >
            {t(editing ? 'packages.delivery.settings.close' : 'packages.delivery.settings.edit')}
          </Button>
        </Group>
        {error && (general || error.fields?.some((f) => f.path === 'text')) && (
          <Alert color="red" role="alert">
            {tk(error.message, error.params)}
          </Alert>
        )}
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
                  <FileButton onChange={(f) => void chooseCertificate(f)} accept=".pem,.crt,.cer,application/x-pem-file,text/plain">
                    {(props) => (
                      <Button {...props} variant="light" leftSection={<IconCertificate size={16} aria-hidden />} data-testid="choose-certificate">
                        {t('packages.delivery.settings.chooseCertificate')}
                      </Button>
                    )}
                  </FileButton>
                  <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={busy} onClick={() => void save()} disabled={needsPem && caPem.trim() === ''}>
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
                <FileButton onChange={(f) => void importKey(f)} accept=".json,application/json">
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
