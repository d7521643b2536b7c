import { Group, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { packageQueries } from '../packages/queries';
import { KeysPanel } from '../packages/KeysPanel';
import { RotateKeyButton } from '../packages/RotateKeyButton';
import { CallErrorAlert } from '../ui/CallErrorAlert';

// Settings → Keys: the same keys panel as the packages screen (fingerprint, trust file, the
// ministry's key), and the rotation of the signing key.

export function KeysSettings() {
  const keys = useQuery(packageQueries.keysStatus());
  const host = useQuery(packageQueries.hostInfo());

  const failed = keys.error ?? host.error;
  if (failed) return <CallErrorAlert error={failed} />;
  if (!keys.data || !host.data) return <Loader aria-hidden />;
  return (
    <Stack gap="md">
      <KeysPanel keys={keys.data} host={host.data} />
      {keys.data.activeKey && (
        <Group>
          <RotateKeyButton host={host.data} />
        </Group>
      )}
    </Stack>
  );
}
