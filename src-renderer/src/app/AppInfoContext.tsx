import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@core/app/types';
import type { CallError } from '@core/contract/errors';
import type { Permission } from '@core/contract/permissions';
import { api } from '../api';
import { useDynamicT } from '../i18n';

// Who is acting, what they may open, and the core's idea of "today" (validation uses it, so the
// form and the core agree even when the PC's clock and the core's differ).

interface AppInfoValue {
  info: AppInfo;
  can(permission: Permission): boolean;
  /** Asks the core again (after sign-in, sign-out, a role change). */
  reload(): Promise<void>;
}

const Ctx = createContext<AppInfoValue | null>(null);

export function useAppInfo(): AppInfoValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAppInfo outside AppInfoProvider');
  return v;
}

export function AppInfoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<CallError | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const r = await api().call('app.info', {});
    if (r.ok) setInfo(r.value);
    else setError(r.error);
  }, []);
  useEffect(() => void load(), [load]);

  if (error) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={520}>
          <Alert color="red" title={t('app.startFailed')} role="alert">
            {error.code === 'unauthenticated' ? t('app.noToken') : tk(error.message, error.params)}
          </Alert>
          <Button onClick={() => void load()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!info) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const value: AppInfoValue = { info, can: (p) => info.permissions.includes(p), reload: load };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
