export const dashboardPaths = {
  dashboard: () => '/dashboard',
  signal: (kind: string) => `/dashboard/${encodeURIComponent(kind)}`,
};
