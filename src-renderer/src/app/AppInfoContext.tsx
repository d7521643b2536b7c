import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@core/app/types';
import type { Permission } from '@core/contract/permissions';
import { toCallError } from '../data/callError';
import { useDynamicT } from '../i18n';
import { appQueries } from './queries';

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
  // Asked once, and again only through reload: the session's end clears the cache (SessionGate),
  // and the app keeps the last answer on screen until the next one is there.
  const q = useQuery({ ...appQueries.info(), staleTime: Infinity, placeholderData: keepPreviousData });
  const { refetch } = q;
  // refetch (unlike invalidation) also reaches a query the cache dropped meanwhile.
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const error = toCallError(q.error);
  if (error) {
    return (
      <Center h="100dvh" p="md">
        <Stack maw={520}>
          <Alert color="red" title={t('app.startFailed')} role="alert">
            {error.code === 'unauthenticated' ? t('app.noToken') : tk(error.message, error.params)}
          </Alert>
          <Button onClick={() => void reload()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  const info = q.data;
  if (!info) {
    return (
      <Center h="100dvh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const value: AppInfoValue = { info, can: (p) => info.permissions.includes(p), reload };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
