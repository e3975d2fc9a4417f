// Starting points for a new option, one per pricing structure vendors bid with. Prices are
// public list prices or round illustrations; the user edits them.

export interface BidTemplate {
  id: string;
  label: string;
  option: Record<string, unknown>;
}

const vendor = (name: string, charges: Record<string, unknown>, extra = {}) => ({
  kind: 'vendor',
  name,
  resolutionRate: 0.5,
  onboardingMonths: 1,
  oversightMonthly: 2500,
  ...extra,
  charges,
});

/** The vendor's count 10% above the buyer's at the start, the gap growing 15% a year. */
const TYPICAL_OVERCOUNT = { overcount: { initialRatio: 1.1, driftAnnual: 0.15 } };

export const BID_TEMPLATES: BidTemplate[] = [
  {
    id: 'per-resolution',
    label: 'Per resolution',
    option: vendor('Per resolution', { unit: 'outcome', price: 0.99 }, TYPICAL_OVERCOUNT),
  },
  {
    id: 'per-conversation',
    label: 'Per conversation',
    option: vendor('Per conversation', { unit: 'contact', unitsPerContact: 1.3, price: 2 }),
  },
  {
    id: 'action-credits',
    label: 'Per action (credits)',
    option: vendor('Action credits', {
      unit: 'action',
      unitsPerContact: 12,
      package: { size: 100000, price: 9000 },
    }),
  },
  {
    id: 'per-million-tokens',
    label: 'Per million tokens',
    option: vendor('Token platform', {
      unit: 'token',
      unitsPerContact: 6000,
      price: 15,
      platformFeeMonthly: 4000,
    }),
  },
  {
    id: 'per-seat',
    label: 'Per seat',
    option: vendor('Seats', { unit: 'seat', seats: 60, price: 50 }),
  },
  {
    id: 'platform-allowance',
    label: 'Platform fee with allowance and overage',
    option: vendor('Platform + overage', {
      unit: 'outcome',
      price: 0.9,
      includedUnitsPerMonth: 10000,
      platformFeeMonthly: 8000,
    }),
  },
  {
    id: 'hybrid-cap',
    label: 'Hybrid with annual cap',
    option: vendor(
      'Hybrid capped',
      { unit: 'outcome', price: 0.8, platformFeeMonthly: 6000, annualCap: 180000 },
      TYPICAL_OVERCOUNT,
    ),
  },
  {
    id: 'committed-spend',
    label: 'Committed spend',
    option: vendor('Committed spend', { unit: 'outcome', price: 0.85, annualCommit: 150000 }),
  },
  {
    id: 'tiered',
    label: 'Tiered per resolution',
    option: vendor('Tiered', {
      unit: 'outcome',
      tiers: [
        { upTo: 10000, price: 1.2 },
        { upTo: 40000, price: 0.9 },
        { upTo: null, price: 0.7 },
      ],
    }),
  },
  {
    id: 'outcome-classes',
    label: 'Priced by outcome class (with tier creep)',
    option: vendor(
      'Outcome classes',
      {
        unit: 'outcome',
        classes: [
          { name: 'Simple', share: 0.6, price: 0.5, driftAnnual: -0.1 },
          { name: 'Moderate', share: 0.3, price: 1.5, driftAnnual: 0.1 },
          { name: 'Complex', share: 0.1, price: 3, driftAnnual: 0.2 },
        ],
      },
      { overcount: { initialRatio: 1.05, driftAnnual: 0.1 } },
    ),
  },
  {
    id: 'prepaid-pilot',
    label: 'Prepaid credit after a free pilot',
    option: vendor('Prepaid credit', {
      unit: 'action',
      unitsPerContact: 20,
      package: { size: 100000, price: 500 },
      prepaid: { annualAmount: 60000, rolloverShare: 0.25 },
      phases: [{ months: 3, priceFactor: 0 }],
    }),
  },
  {
    id: 'price-lock',
    label: 'Per resolution with a 90-day price lock',
    option: vendor(
      'Price lock',
      { unit: 'outcome', price: 0.99, priceLock: { months: 3, monthlyCeiling: 15000 } },
      TYPICAL_OVERCOUNT,
    ),
  },
  {
    id: 'gain-share',
    label: 'Gain-share',
    option: vendor('Gain-share', {
      unit: 'none',
      platformFeeMonthly: 2000,
      gainShare: { share: 0.3 },
    }),
  },
  {
    id: 'build',
    label: 'In-house build',
    option: {
      kind: 'build',
      name: 'Build in-house',
      resolutionRate: 0.5,
      buildCost: 600000,
      buildMonths: 6,
      runFixedMonthly: 35000,
      marginalPerContact: 0.18,
      costEscalatorAnnual: 0.03,
    },
  },
  {
    id: 'status-quo',
    label: 'Status quo',
    option: { kind: 'status-quo', name: 'Status quo' },
  },
];

/** The option of template `id`, a fresh copy to edit. */
export function templateOption(id: string): Record<string, unknown> {
  const template = BID_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`No bid template ${id}`);
  return structuredClone(template.option);
}
