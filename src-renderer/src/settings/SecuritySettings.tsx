import { useEffect, useState } from 'react';
import { Button, Group, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_RANGE } from '@core/auth/schema';
import { SettingsUpdateInput } from '@core/institution/schema';
import { CallFailure } from '../data/callError';
import { useSession } from '../session/SessionContext';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';
import { useUpdateSettings } from './mutations';
import { settingsQueries } from './queries';

/** The idle lock: after how many minutes without work the screen locks itself. */
export function SecuritySettings() {
  const { t } = useTranslation();
  const errText = useFieldErrorText();
  const { refresh } = useSession();
  const settings = useQuery(settingsQueries.detail());
  const saving = useUpdateSettings();
  const saved = settings.data?.idleLockMinutes ?? null;
  const [minutes, setMinutes] = useState<number | ''>('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  // The box starts from the stored value once it is there.
  useEffect(() => {
    if (saved !== null) setMinutes(saved);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved === null]);

  const check = (v: number | '') => {
    if (v === '') return 'validation.required';
    const r = SettingsUpdateInput.safeParse({ idleLockMinutes: v });
    return r.success ? undefined : zodFieldErrors(r.error).idleLockMinutes;
  };

  const save = () => {
    const problem = check(minutes);
    setFieldError(problem);
    if (problem || minutes === '') return;
    saving.mutate(
      { idleLockMinutes: minutes },
      {
        onSuccess: async () => {
          // The session carries the idle lock: the watch follows the new value at once.
          await refresh();
          notifications.show({ color: 'teal', message: t('institution.settings.security.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
        },
        onError: (e) => {
          if (e instanceof CallFailure && e.fields?.length) setFieldError(issuesToErrors(e.fields).idleLockMinutes);
        },
      },
    );
  };

  if (saved === null && !settings.error) return <Loader aria-label={t('common.loading')} />;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      style={{ maxWidth: 560 }}
    >
      <Stack gap="md">
        <CallErrorAlert error={saving.error ?? settings.error} />
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
          <Button type="submit" loading={saving.isPending} disabled={minutes === saved} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
