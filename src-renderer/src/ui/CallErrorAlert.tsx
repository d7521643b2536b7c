import type { ReactNode } from 'react';
import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { toCallError } from '../data/callError';
import { useDynamicT } from '../i18n';

/**
 * What a failed call said, in the reader's language: the one error state of every screen (a list
 * that did not load, a record that could not be opened, a dialog whose save was refused). Takes
 * react-query's `error` as it is; renders nothing when there is none.
 */
export function CallErrorAlert({
  error,
  title,
  testId,
  children,
  ...rest
}: { error: unknown; title?: string; testId?: string; children?: ReactNode } & Omit<AlertProps, 'title' | 'children'>) {
  const tk = useDynamicT();
  const e = toCallError(error);
  if (!e) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title={title} data-testid={testId} {...rest}>
      {tk(e.message, e.params)}
      {children}
    </Alert>
  );
}
