import type { ReactNode } from 'react';
import { Anchor, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CallErrorAlert } from './CallErrorAlert';

// What a child's page and a staff member's page share: the way back to the list, the name with
// its badges and the Edit button, and the profile as titled sections of label/value pairs.

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Anchor href={href} fz="sm" w="fit-content">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}

/** A record (page or form) that could not be loaded, with the way back where there is one; or is still loading. */
export function RecordLoading({ error, title, back }: { error: unknown; title: string; back?: ReactNode }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Stack>
        {back}
        <CallErrorAlert error={error} title={title} />
      </Stack>
    );
  }
  return (
    <Center p="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** The name as the page's heading, what to know at a glance under it, and the action beside it. */
export function RecordHeader({ name, testId, children, action }: { name: string; testId: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={6}>
        <Title order={1} fz="h2" data-testid={testId}>
          {name}
        </Title>
        <Group gap="xs" wrap="wrap">
          {children}
        </Group>
      </Stack>
      {action}
    </Group>
  );
}

export interface ProfileSection {
  title: string;
  fields: Array<{ name: string; label: string; shown: ReactNode }>;
}

/** The profile: a titled section per group of fields, each a label and its value (or "not given"). */
export function ProfileSections({ sections }: { sections: ProfileSection[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {sections.map((s) => (
        <Paper key={s.title} withBorder p="md" radius="md" component="section" aria-label={s.title}>
          <Title order={2} fz="h4" mb="sm">
            {s.title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
            {s.fields.map((f) => (
              <div key={f.name}>
                <Text component="dt" fz="xs" c="dimmed" fw={500}>
                  {f.label}
                </Text>
                <Text component="dd" m={0} fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {f.shown || (
                    <Text span c="dimmed" fz="sm">
                      {t('common.notGiven')}
                    </Text>
                  )}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
