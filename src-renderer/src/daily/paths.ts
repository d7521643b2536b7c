// The daily care screens' addresses.
export const dailyPaths = {
  home: () => '/daily',
  rollCall: (date: string, group?: string) => `/daily/roll/${date}${group ? `/${encodeURIComponent(group)}` : ''}`,
  day: (date: string) => `/daily/day/${date}`,
  month: (month: string) => `/daily/month/${month}`,
  incidents: () => '/daily/incidents',
  medication: (date: string) => `/daily/medication/${date}`,
};
