import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@core/auth/schema';
import type { SetupStatus } from '@core/institution/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate } from '../app/router';
import { useDynamicT } from '../i18n';
import { SetupWizard } from '../setup/SetupWizard';
import { dropHeldCalls, onSessionEvent, releaseHeldCalls } from './sessionBus';
import { SessionCtx, type SessionValue } from './SessionContext';
import { SignInPage } from './SignInPage';
import { ForcedPasswordChange } from './ForcedPasswordChange';
import { LockScreen } from './LockScreen';
import { useIdleWatch } from './useIdleWatch';

// Which screen the window shows: the set-up wizard on a new database (and nothing else), the
// sign-in page, the password change a reset demands, or the app. The lock screen lies OVER the
// app, which stays mounted beneath it, so an unsaved form survives the lock.

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; error: CallError }
  | { kind: 'setup'; status: SetupStatus }
  | { kind: 'signIn' }
  | { kind: 'changePassword' }
  | { kind: 'app' };

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { reload } = useAppInfo();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [locked, setLocked] = useState(false);
  const [institutionName, setInstitutionName] = useState('');
  const queryClient = useQueryClient();

  const apply = useCallback((s: SessionInfo) => {
    setSession(s);
    if (!s.signedIn || !s.user) {
      dropHeldCalls();
      // The session is over: what it loaded is not for whoever signs in next.
      queryClient.clear();
      setLocked(false);
      setPhase({ kind: 'signIn' });
      return;
    }
    setLocked(s.locked);
    setPhase({ kind: s.user.mustChangePassword ? 'changePassword' : 'app' });
  }, [queryClient]);

  const refresh = useCallback(async () => {
    const r = await api().call('auth.session', {});
    if (r.ok) apply(r.value);
  }, [apply]);

  const start = useCallback(async () => {
    setPhase({ kind: 'loading' });
    const st = await api().call('setup.status', {});
    if (!st.ok) return setPhase({ kind: 'failed', error: st.error });
    setInstitutionName(st.value.institution?.nameAz ?? '');
    if (st.value.needed) return setPhase({ kind: 'setup', status: st.value });
    const s = await api().call('auth.session', {});
    if (!s.ok) return setPhase({ kind: 'failed', error: s.error });
    apply(s.value);
  }, [apply]);

  useEffect(() => void start(), [start]);

  // What the core says while the app runs: locked (idle or elsewhere), a password to change, gone.
  useEffect(
    () =>
      onSessionEvent((e) => {
        if (e === 'locked') setLocked(true);
        else void refresh();
      }),
    [refresh],
  );

  // The host locked the window (the OS locked the screen, or it was hidden for the idle time).
  useEffect(
    () =>
      api().onMenuCommand((cmd) => {
        if (cmd.kind === 'session') void refresh();
      }),
    [refresh],
  );

  useIdleWatch(phase.kind === 'app' && !locked, (s) => {
    if (!s.signedIn || s.locked) apply(s);
  });

  /** Signed in (sign-in page, wizard, password change): the app info follows the new user. */
  const enter = useCallback(
    async (s: SessionInfo) => {
      queryClient.clear();
      await reload();
      apply(s);
    },
    [reload, apply, queryClient],
  );

  const value = useMemo<SessionValue | null>(() => {
    if (!session?.user) return null;
    return {
      session,
      user: session.user,
      refresh,
      async lock() {
        const r = await api().call('auth.lock', {});
        if (r.ok) setLocked(r.value.locked);
      },
      async signOut() {
        const r = await api().call('auth.signOut', {});
        if (!r.ok) return;
        // The next user starts at their own first screen, not at this one's last page, and sees
        // none of the messages meant for the one before.
        notifications.clean();
        navigate('/', { replace: true });
        await enter(r.value);
      },
    };
  }, [session, refresh, enter]);

  /** The same user is back: the page continues, and the calls the lock held are sent again. */
  const unlocked = (s: SessionInfo) => {
    setSession(s);
    setLocked(false);
    releaseHeldCalls();
  };

  switch (phase.kind) {
    case 'loading':
      return (
        <Center h="100dvh">
          <Loader aria-label={t('common.loading')} />
        </Center>
      );
    case 'failed':
      return (
        <Center h="100dvh" p="md">
          <Stack maw={520}>
            <Alert color="red" title={t('app.startFailed')} role="alert">
              {tk(phase.error.message, phase.error.params)}
            </Alert>
            <Button onClick={() => void start()}>{t('common.retry')}</Button>
          </Stack>
        </Center>
      );
    case 'setup':
      return (
        <SetupWizard
          status={phase.status}
          onDone={async (s) => {
            navigate('/', { replace: true });
            await enter(s);
          }}
        />
      );
    case 'signIn':
      return <SignInPage institutionName={institutionName} onSignedIn={enter} />;
    case 'changePassword':
      return (
        <>
          <ForcedPasswordChange
            user={session!.user!}
            onDone={enter}
            onSignOut={() => void value?.signOut()}
          />
          {locked && value && <LockScreen value={value} onUnlocked={unlocked} />}
        </>
      );
    case 'app':
      return (
        <SessionCtx.Provider value={value}>
          {children}
          {locked && value && <LockScreen value={value} onUnlocked={unlocked} />}
        </SessionCtx.Provider>
      );
  }
}
