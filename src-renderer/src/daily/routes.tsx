import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const DailyPage = lazyScreen(() => import('./DailyPage'), 'DailyPage');

export const dailyRoutes: RouteDef[] = [
  { pattern: '/daily', permission: 'daily.read', render: () => <DailyPage view="roll" /> },
  { pattern: '/daily/roll/:date', permission: 'daily.read', render: (p) => <DailyPage view="roll" date={p.date} /> },
  { pattern: '/daily/roll/:date/:group', permission: 'daily.read', render: (p) => <DailyPage view="roll" date={p.date} group={p.group} /> },
  { pattern: '/daily/day/:date', permission: 'daily.read', render: (p) => <DailyPage view="day" date={p.date} /> },
  { pattern: '/daily/incidents', permission: 'daily.write', render: () => <DailyPage view="incidents" /> },
  { pattern: '/daily/medication/:date', permission: 'daily.medical', render: (p) => <DailyPage view="medication" date={p.date} /> },
  { pattern: '/daily/month/:month', permission: 'daily.read', render: (p) => <DailyPage view="month" month={p.month} /> },
];
