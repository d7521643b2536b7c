import { useState } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import type { SigningKeyDto } from '@core/packages/schema';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { downloadText } from './download';

// "Rotate the signing key": a confirmation that says the ministry needs the new trust file, the
// passphrases where the host keeps the key under one, then the offer to save that trust file.

export function RotateKeyButton({ host, onRotated }: { host: PackagesHostInfo; onRotated(): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | null>(null);
  const [rotated, setRotated] = useState<SigningKeyDto | null>(null);

  const close = () => {
    setOpen(false);
    setPassphrase('');
    setNewPassphrase('');
    setError(null);
    setRotated(null);
  };

  const rotate = async () => {
    setBusy(true);
    setError(null);
    const r = await api().call('packages.rotateKey', {
      ...(host.passphraseForExport ? { passphrase } : {}),
      ...(host.passphraseForInit ? { newPassphrase } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPassphrase('');
    setNewPassphrase('');
    setRotated(r.value);
    onRotated();
  };

  const saveTrust = async () => {
    const r = await api().call('packages.trustFile', {});
    if (!r.ok) return setError(r.error);
    downloadText(r.value.text, r.value.fileName);
    close();
  };

  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? tk(f.message, f.params) : undefined;
  };
  const formError = error && !error.fields?.some((f) => f.path === 'passphrase' || f.path === 'newPassphrase');

  return (
    <>
      <Button variant="light" color="orange" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setOpen(true)} disabled={!host.available}>
        {t('packages.rotate.action')}
      </Button>
      <Modal opened={open} onClose={close} title={t('packages.rotate.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert">
              {tk(error.message, error.params)}
            </Alert>
          )}
          {rotated ? (
            <>
              <Text role="status" style={{ wordBreak: 'break-word' }}>
                {t('packages.rotate.done', { fingerprint: rotated.fingerprint })}
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('packages.rotate.later')}
                </Button>
                <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void saveTrust()}>
                  {t('packages.rotate.saveTrust')}
                </Button>
              </Group>
            </>
          ) : (
            <>
              <Text>{t('packages.rotate.explain')}</Text>
              {host.passphraseForExport && (
                <PasswordInput
                  label={t('packages.rotate.passphrase')}
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.currentTarget.value)}
                  error={fieldError('passphrase')}
                  autoComplete="current-password"
                />
              )}
              {host.passphraseForInit && (
                <PasswordInput
                  label={t('packages.rotate.newPassphrase')}
                  description={t('packages.keys.passphraseHint')}
                  value={newPassphrase}
                  onChange={(e) => setNewPassphrase(e.currentTarget.value)}
                  error={fieldError('newPassphrase')}
                  autoComplete="new-password"
                />
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('packages.rotate.cancel')}
                </Button>
                <Button color="orange" loading={busy} onClick={() => void rotate()}>
                  {t('packages.rotate.confirm')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Modal>
    </>
  );
}
