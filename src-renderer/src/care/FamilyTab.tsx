import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_FREQUENCY_LABEL, PARENTAL_RIGHTS_LABEL, RELATION_LABEL, YES_NO_UNKNOWN_LABEL } from '@core/care/i18n/labels';
import { RelativeCreateInput, RelativeUpdateInput, type RelativeDto } from '@core/care/schema';
import type { ResidentDto } from '@core/residents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { fullName, formatDate } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { ActionModal } from './ActionModal';
import { relativeFields } from './forms';
import { useCareMutation } from './mutations';
import { careQueries } from './queries';

// The child's family: each relative with their rights, whether they can and will care, and
// contact; a restricted address shows as hidden to the roles that may not know it.

export function FamilyTab({ resident }: { resident: ResidentDto }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const q = useQuery(careQueries.relatives(resident.id));
  const create = useCareMutation('care.relativeCreate');
  const update = useCareMutation('care.relativeUpdate');
  const [editing, setEditing] = useState<RelativeDto | 'new' | null>(null);
  if (!q.data) return <CallErrorAlert error={q.error} title={t('care.loadFailed')} />;
  const current = editing && editing !== 'new' ? editing : null;
  return (
    <Stack gap="md">
      {can('care.write') && (
        <Group justify="flex-end">
          <Button onClick={() => setEditing('new')} data-testid="relative-add">{t('care.actions.addRelative')}</Button>
        </Group>
      )}
      {q.data.length === 0 && <Text c="dimmed">{t('care.family.empty')}</Text>}
      <Stack gap="xs" aria-label={t('care.family.tableLabel')} data-testid="relatives">
        {q.data.map((r) => (
          <RelativeCard key={r.id} r={r} onEdit={can('care.write') ? () => setEditing(r) : undefined} />
        ))}
      </Stack>
      <ActionModal
        opened={editing === 'new'}
        title={t('care.actions.addRelative')}
        fields={relativeFields}
        fixed={{ residentId: resident.id }}
        initial={{ alive: 'yes', contactFrequency: 'none' }}
        schema={RelativeCreateInput}
        mutation={create}
        savedMessage={t('care.saved.relative')}
        testId="relative-form"
        onClose={() => setEditing(null)}
      />
      <ActionModal
        opened={current !== null}
        title={t('care.actions.editRelative')}
        fields={relativeFields}
        fixed={current ? updateBase(current) : {}}
        initial={current ? { ...current, address: current.address ?? '', phone: current.phone ?? '' } : {}}
        schema={RelativeUpdateInput}
        mutation={update}
        savedMessage={t('care.saved.relative')}
        testId="relative-edit-form"
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}

/** The whole record as the update's input, so that what the dialog does not ask for is kept. */
function updateBase(r: RelativeDto): Record<string, unknown> {
  const { residentId: _r, address, phone, ...rest } = r;
  return { ...rest, address: address ?? '', phone: phone ?? '' };
}

function RelativeCard({ r, onEdit }: { r: RelativeDto; onEdit?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const yn = (v: RelativeDto['willingToCare']) => t(YES_NO_UNKNOWN_LABEL[v]);
  return (
    <Paper withBorder p="sm" data-testid="relative">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light">{t(RELATION_LABEL[r.relation])}</Badge>
            <Text fw={600}>{fullName(r)}</Text>
            {r.dateOfBirth && <Text fz="sm" c="dimmed">{formatDate(r.dateOfBirth, locale)}</Text>}
            {r.siblingResidentId && <Badge variant="outline">{t('care.family.sibling')}</Badge>}
            {r.contactRestricted && <Badge color="red" variant="light" data-testid="contact-restricted">{t('care.fields.contactRestricted')}: {r.restrictionDecisionNumber}</Badge>}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing={2}>
            {r.parentalRights && <Text fz="sm">{t('care.fields.parentalRights')}: {t(PARENTAL_RIGHTS_LABEL[r.parentalRights])}</Text>}
            <Text fz="sm">{t('care.fields.alive')}: {yn(r.alive)}</Text>
            <Text fz="sm">{t('care.fields.contactFrequency')}: {t(CONTACT_FREQUENCY_LABEL[r.contactFrequency])}</Text>
            {r.lastContactOn && <Text fz="sm">{t('care.fields.lastContactOn')}: {formatDate(r.lastContactOn, locale)}</Text>}
            <Text fz="sm">{t('care.fields.willingToCare')}: {yn(r.willingToCare)}</Text>
            <Text fz="sm">{t('care.fields.ableToCare')}: {yn(r.ableToCare)}</Text>
            <Text fz="sm">{t('care.fields.address')}: {r.address === null ? t('care.family.hidden') : r.address || '—'}</Text>
          </SimpleGrid>
        </Stack>
        {onEdit && <Button size="xs" variant="default" onClick={onEdit}>{t('care.actions.editRelative')}</Button>}
      </Group>
    </Paper>
  );
}
