import type { Ref } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import { useDynamicT } from '../i18n';

/**
 * Why a record form was not saved, above the form: red for invalid input, orange for a conflict;
 * when someone else changed the record meanwhile (`onReload` given), a button to load it again.
 */
export function FormErrorAlert(props: { error: CallError; alertRef: Ref<HTMLDivElement>; onReload?: () => void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  return (
    <Alert
      ref={props.alertRef}
      tabIndex={-1}
      color={props.error.code === 'invalid' ? 'red' : 'orange'}
      icon={<IconAlertCircle aria-hidden />}
      title={t('common.notSaved')}
      role="alert"
      data-testid="form-error"
    >
      <Stack gap="xs" align="flex-start">
        <Text fz="sm">{tk(props.error.message, props.error.params)}</Text>
        {props.onReload && (
          <Button size="xs" variant="light" onClick={props.onReload}>
            {t('common.reloadRecord')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
