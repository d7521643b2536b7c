export const reportsPaths = {
  reports: (period?: string) => (period ? `/reports/${encodeURIComponent(period)}` : '/reports'),
  children: (period: string, indicator: string, cell: string) =>
    `/reports/${encodeURIComponent(period)}/${encodeURIComponent(indicator)}/${encodeURIComponent(cell)}`,
};
