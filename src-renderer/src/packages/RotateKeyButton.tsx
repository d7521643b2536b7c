import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import { toCallError } from '../data/callError';
import { latestError } from '../data/latestError';
import { useDynamicT } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useRotateKey, useSaveTrustFile } from './mutations';

// "Rotate the signing key": a confirmation that says the ministry needs the new trust file, the
// passphrases where the host keeps the key under one, then the offer to save that trust file.

export function RotateKeyButton({ host }: { host: PackagesHostInfo }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const rotating = useRotateKey();
  const trust = useSaveTrustFile();
  // The new key, once rotated: the dialog then offers its trust file.
  const rotated = rotating.data ?? null;

  const close = () => {
    setOpen(false);
    setPassphrase('');
    setNewPassphrase('');
    rotating.reset();
    trust.reset();
  };

  const rotate = () =>
    rotating.mutate(
      {
        ...(host.passphraseForExport ? { passphrase } : {}),
        ...(host.passphraseForInit ? { newPassphrase } : {}),
      },
      {
        onSuccess: () => {
          setPassphrase('');
          setNewPassphrase('');
        },
      },
    );

  const saveTrust = () => trust.mutate(undefined, { onSuccess: close });

  const error = toCallError(latestError(rotating, trust));
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
          {formError && <CallErrorAlert error={error} />}
          {rotated ? (
            <>
              <Text role="status" style={{ wordBreak: 'break-word' }}>
                {t('packages.rotate.done', { fingerprint: rotated.fingerprint })}
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('packages.rotate.later')}
                </Button>
                <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={saveTrust}>
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
                <Button color="orange" loading={rotating.isPending} onClick={rotate}>
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
