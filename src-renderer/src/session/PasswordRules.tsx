import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@core/auth/schema';

/** The password rules, shown beside every field where a new password is chosen. */
export function PasswordRules({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} data-testid="password-rules">
      <Text fz="sm" fw={500}>
        {t('auth.signIn.rules.title')}
      </Text>
      <List fz="sm" c="dimmed" spacing={2} mt={4}>
        <List.Item>{t('auth.signIn.rules.length', { min: PASSWORD_MIN_LENGTH })}</List.Item>
        <List.Item>{t('auth.signIn.rules.names')}</List.Item>
        <List.Item>{t('auth.signIn.rules.simple')}</List.Item>
      </List>
    </div>
  );
}
