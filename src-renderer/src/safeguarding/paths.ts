// The safeguarding screen's addresses.
export const safeguardingPaths = {
  home: () => '/safeguarding',
  restraints: () => '/safeguarding/restraints',
  complaints: () => '/safeguarding/complaints',
};
