import { Suspense, useEffect } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/az';
import 'dayjs/locale/ru';
import { api } from '../api';
import { queryClient } from '../data/queryClient';
import { setLocale, useLocale } from '../i18n';
import { theme } from '../theme';
import { AppLayout } from '../shell/AppLayout';
import { NAV_ITEMS } from '../shell/navItems';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { SessionGate } from '../session/SessionGate';
import { ChainWarning } from '../shell/ChainWarning';
import { AppInfoProvider, useAppInfo } from './AppInfoContext';
import { matchPath, navigate, usePath } from './router';
import { ROUTES } from './routes';
import { styleNonce } from './styleNonce';

export function App() {
  const locale = useLocale();
  // The Electron menu's language switch and "go to" commands.
  useEffect(
    () =>
      api().onMenuCommand((cmd) => {
        if (cmd.kind === 'language') void setLocale(cmd.locale);
        else if (cmd.kind === 'navigate') navigate(cmd.to);
      }),
    [],
  );
  useEffect(() => api().showLanguage(locale), [locale]);
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} getStyleNonce={styleNonce}>
        <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" limit={3} />
          <AppInfoProvider>
            {/* The set-up wizard, sign-in and the lock screen come before (and over) the app. */}
            <SessionGate>
              <AppLayout>
                <ChainWarning />
                <Screen />
              </AppLayout>
            </SessionGate>
          </AppInfoProvider>
        </DatesProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}

function Screen() {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const path = usePath();
  const home = NAV_ITEMS.find((i) => can(i.permission))?.path;

  // "/" (and anything unknown) goes to the first screen this role may open.
  const found = ROUTES.map((r) => ({ r, params: matchPath(r.pattern, path) })).find((m) => m.params);
  useEffect(() => {
    if (!found && home && path !== home) navigate(home, { replace: true });
  }, [found, home, path]);

  if (!found) return null;
  if (!can(found.r.permission)) {
    return (
      <Alert color="orange" role="alert" title={t('app.notAllowedTitle')}>
        {t('errors.forbidden')}
      </Alert>
    );
  }
  // Screens load their own chunk on first opening (app/lazyScreen.tsx): a loader meanwhile.
  return (
    <ErrorBoundary resetKey={path}>
      <Suspense
        fallback={
          <Center p="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        }
      >
        {found.r.render(found.params!)}
      </Suspense>
    </ErrorBoundary>
  );
}
