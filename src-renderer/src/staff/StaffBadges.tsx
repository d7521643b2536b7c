import { Badge } from '@mantine/core';
import { IconBriefcase, IconDoorExit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Working here" or "left": in words, with an icon, never by colour alone. */
export function StaffStatusBadge({ current, size = 'sm' }: { current: boolean; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const Icon = current ? IconBriefcase : IconDoorExit;
  return (
    <Badge color={current ? 'teal' : 'gray'} variant="light" tt="none" size={size} leftSection={<Icon size={14} aria-hidden />}>
      {t(current ? 'staff.status.current' : 'staff.status.former')}
    </Badge>
  );
}
