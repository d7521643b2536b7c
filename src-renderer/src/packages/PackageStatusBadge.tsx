import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconCircleX, IconSend } from '@tabler/icons-react';
import type { PackageStatus } from '@core/packages/schema';
import { useDynamicT } from '../i18n';
import { PACKAGE_STATUS_LABEL } from '@core/packages/i18n/labels';

// A package's state as a badge: its word and an icon, never the colour alone.

const STATUS: Record<PackageStatus, { color: string; icon: typeof IconSend }> = {
  created: { color: 'blue', icon: IconCircleDashed },
  delivered: { color: 'grape', icon: IconSend },
  acknowledged: { color: 'teal', icon: IconCircleCheck },
  rejected: { color: 'red', icon: IconCircleX },
};

export function PackageStatusBadge({ status }: { status: PackageStatus }) {
  const tk = useDynamicT();
  const { color, icon: Icon } = STATUS[status];
  return (
    <Badge variant="light" color={color} tt="none" leftSection={<Icon size={12} aria-hidden />} style={{ minWidth: 'max-content' }} data-status={status}>
      {tk(PACKAGE_STATUS_LABEL[status])}
    </Badge>
  );
}
