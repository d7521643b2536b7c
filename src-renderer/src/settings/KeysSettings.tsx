import { useCallback, useEffect, useState } from 'react';
import { Alert, Group, Loader, Stack } from '@mantine/core';
import type { KeysStatusDto } from '@core/packages/schema';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { KeysPanel } from '../packages/KeysPanel';
import { RotateKeyButton } from '../packages/RotateKeyButton';

// Settings → Keys: the same keys panel as the packages screen (fingerprint, trust file, the
// ministry's key), and the rotation of the signing key.

export function KeysSettings() {
  const tk = useDynamicT();
  const [data, setData] = useState<{ keys: KeysStatusDto; host: PackagesHostInfo } | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  const load = useCallback(async () => {
    const [keys, host] = await Promise.all([api().call('packages.keysStatus', {}), api().call('packages.hostInfo', {})]);
    if (!keys.ok) return setError(keys.error);
    if (!host.ok) return setError(host.error);
    setError(null);
    setData({ keys: keys.value, host: host.value });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) {
    return (
      <Alert color="red" role="alert">
        {tk(error.message, error.params)}
      </Alert>
    );
  }
  if (!data) return <Loader aria-hidden />;
  return (
    <Stack gap="md">
      <KeysPanel keys={data.keys} host={data.host} onChange={() => void load()} />
      {data.keys.activeKey && (
        <Group>
          <RotateKeyButton host={data.host} onRotated={() => void load()} />
        </Group>
      )}
    </Stack>
  );
}
