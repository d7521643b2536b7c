import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_RANGE } from '@core/auth/schema';
import { SettingsUpdateInput } from '@core/institution/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { useSession } from '../session/SessionContext';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';

/** The idle lock: after how many minutes without work the screen locks itself. */
export function SecuritySettings() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const { refresh } = useSession();
  const [minutes, setMinutes] = useState<number | ''>('');
  const [saved, setSaved] = useState<number | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<CallError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api()
      .call('settings.get', {})
      .then((r) => {
        if (!r.ok) return setError(r.error);
        setMinutes(r.value.idleLockMinutes);
        setSaved(r.value.idleLockMinutes);
      });
  }, []);

  const check = (v: number | '') => {
    if (v === '') return 'validation.required';
    const r = SettingsUpdateInput.safeParse({ idleLockMinutes: v });
    return r.success ? undefined : zodFieldErrors(r.error).idleLockMinutes;
  };

  const save = async () => {
    const problem = check(minutes);
    setFieldError(problem);
    if (problem || minutes === '') return;
    setBusy(true);
    setError(null);
    const r = await api().call('settings.update', { idleLockMinutes: minutes });
    setBusy(false);
    if (r.ok) {
      setSaved(r.value.idleLockMinutes);
      await refresh();
      notifications.show({ color: 'teal', message: t('institution.settings.security.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
      return;
    }
    if (r.error.fields?.length) setFieldError(issuesToErrors(r.error.fields).idleLockMinutes);
    setError(r.error);
  };

  if (saved === null && !error) return <Loader aria-label={t('common.loading')} />;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ maxWidth: 560 }}
    >
      <Stack gap="md">
        {error && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {tk(error.message, error.params)}
          </Alert>
        )}
        <Text fz="sm">{t('institution.settings.security.intro')}</Text>
        <NumberInput
          label={t('institution.settings.security.idleLockMinutes')}
          description={t('institution.settings.security.hint', { min: IDLE_LOCK_RANGE.min, max: IDLE_LOCK_RANGE.max })}
          min={IDLE_LOCK_RANGE.min}
          max={IDLE_LOCK_RANGE.max}
          allowDecimal={false}
          allowNegative={false}
          w={260}
          value={minutes}
          onChange={(v) => {
            const n = v === '' ? '' : Number(v);
            setMinutes(n);
            setFieldError(check(n));
          }}
          error={errText(fieldError)}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={minutes === saved} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
