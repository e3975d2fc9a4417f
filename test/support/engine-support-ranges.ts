/** Ranges on examples/support-team.json: its demand, Hybrid capped's resolution rate, the build's months. */
export const SUPPORT_TEAM_RANGES = [
  { field: 'demand.contactsPerMonth', dist: 'triangular', low: 30000, mode: 40000, high: 60000 },
  {
    option: 'Hybrid capped',
    field: 'resolutionRate',
    dist: 'pert',
    low: 0.35,
    mode: 0.55,
    high: 0.65,
  },
  { option: 'Build in-house', field: 'buildMonths', dist: 'uniform', low: 3, high: 9 },
];
