export const carePaths = {
  referrals: () => '/referrals',
  referral: (id: string) => `/referrals/${encodeURIComponent(id)}`,
};
