import { useEffect, useRef, type ReactNode } from 'react';
import { AppShell, Burger, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n';
import { href, navigate, usePath } from '../app/router';
import { useAppInfo } from '../app/AppInfoContext';
import { institutionQueries } from '../settings/queries';
import { NAV_ITEMS } from './navItems';
import { GlobalSearch } from './GlobalSearch';
import { LanguageMenu } from './LanguageMenu';
import { UserMenu } from './UserMenu';
import classes from './AppLayout.module.css';

/** The institution this register belongs to, beside the product name (wide windows only). */
function InstitutionName() {
  const { can } = useAppInfo();
  const allowed = can('app.read');
  const locale = useLocale();
  // A name that cannot be read is left out; the header works without it.
  const inst = useQuery({ ...institutionQueries.detail(), enabled: allowed }).data;
  if (!inst) return null;
  // The official (Azerbaijani) name, or the English one for English readers when there is one.
  const name = locale === 'en' && inst.nameEn ? inst.nameEn : inst.nameAz;
  return (
    <Text fz="sm" c="dimmed" truncate visibleFrom="lg" maw={260} title={name} data-testid="institution-name">
      {name}
    </Text>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const path = usePath();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const items = NAV_ITEMS.filter((i) => can(i.permission));

  // A new screen: close the mobile navigation and start at the top.
  useEffect(() => {
    close();
    window.scrollTo(0, 0);
  }, [path, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <UnstyledButton className={classes.skip} onClick={() => mainRef.current?.focus()}>
          {t('app.skipToContent')}
        </UnstyledButton>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={opened ? t('app.closeNavigation') : t('app.openNavigation')}
          />
          <UnstyledButton
            className={classes.brand}
            onClick={() => navigate(items[0]?.path ?? '/')}
            aria-label={t('app.home')}
          >
            <IconHeartHandshake size={26} aria-hidden />
            <Text fw={700} fz="lg" visibleFrom="xs">
              {t('app.productName')}
            </Text>
          </UnstyledButton>
          <InstitutionName />
          <div className={classes.search}>
            <GlobalSearch />
          </div>
          <LanguageMenu />
          <UserMenu />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('app.navigation')}>
        {items.map((item) => {
          const Icon = item.icon;
          return (
            <NavLink
              key={item.id}
              component="a"
              href={href(item.path)}
              label={t(item.label)}
              leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
              active={path === item.path || path.startsWith(`${item.path}/`)}
              aria-current={path === item.path ? 'page' : undefined}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
