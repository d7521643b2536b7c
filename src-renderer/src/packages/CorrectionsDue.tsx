import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconPackageExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClosedPeriodDto } from '@core/packages/schema';
import { parsePeriodLabel, type PeriodChoice } from './periodModel';

// Closed periods whose records were changed after their package (with a reason, audited): each
// needs a correction package, which the wizard makes with the next number, replacing the last one.

export function CorrectionsDue({ periods, disabled, onMake }: { periods: ClosedPeriodDto[]; disabled: boolean; onMake(p: PeriodChoice): void }) {
  const { t } = useTranslation();
  const due = periods.filter((p) => p.needsCorrection);
  if (due.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('packages.corrections.title')} data-testid="corrections-due">
      <Text fz="sm" mb="xs">
        {t('packages.corrections.intro')}
      </Text>
      <List spacing="xs">
        {due.map((p) => {
          const choice = parsePeriodLabel(p.period);
          return (
            <List.Item key={p.period} data-testid={`correction-${p.period}`}>
              <Group gap="sm">
                <Text fz="sm" fw={600}>
                  {t('packages.corrections.item', { period: p.period, sequence: p.packageSequence })}
                </Text>
                {choice && (
                  <Button size="xs" variant="light" color="orange" leftSection={<IconPackageExport size={14} aria-hidden />} disabled={disabled} onClick={() => onMake(choice)}>
                    {t('packages.corrections.make')}
                  </Button>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
