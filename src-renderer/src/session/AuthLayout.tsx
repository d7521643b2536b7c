import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../shell/LanguageMenu';

// The frame of the screens before the app: set-up wizard, sign-in, password change. The product
// name and the language switch on top, one card in the middle.

export function AuthLayout({
  title,
  subtitle,
  width = 420,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" px="md" h={60} component="header">
        <Group gap={8} c="teal.8">
          <IconHeartHandshake size={26} aria-hidden />
          <Text fw={700} fz="lg">
            {t('app.productName')}
          </Text>
        </Group>
        <LanguageMenu />
      </Group>
      <Center px="md" pb="xl" pt="md" component="main">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={width}>
          <Stack gap="lg">
            <div>
              <Title order={1} fz="h2">
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" fz="sm" mt={4}>
                  {subtitle}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
