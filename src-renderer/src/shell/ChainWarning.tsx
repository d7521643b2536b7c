import { Alert } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/AppInfoContext';

// The audit log's hash chain, checked when the app started: a broken chain keeps this warning on
// every screen of those who read the log (the core sends the check to them only).
export function ChainWarning() {
  const { t } = useTranslation();
  const { info } = useAppInfo();
  const chain = info.auditChain;
  if (!chain || chain.ok) return null;
  return (
    <Alert color="red" variant="filled" icon={<IconShieldX aria-hidden />} title={t('audit.chainBrokenTitle')} role="alert" mb="md" data-testid="chain-warning">
      {t('audit.chainBroken', { seq: chain.brokenAt })}
    </Alert>
  );
}
