import { z } from 'zod';

// The vendor terms of DOMAIN.md "More vendor terms", all optional inside `charges`.

const nonNegative = () => z.number().finite().nonnegative();
const share = () => z.number().finite().min(0).max(1);

export const outcomeClassSchema = z.strictObject({
  name: z.string().trim().min(1).describe('Class name, unique within the bid'),
  share: share().describe('Share of vendor-counted outcomes in this class in month 1'),
  price: nonNegative().describe('Price per outcome of this class'),
  driftAnnual: z
    .number()
    .finite()
    .gt(-1)
    .default(0)
    .describe('Annual drift of the class weight (tier creep toward dearer classes)'),
});

export const classesSchema = z
  .array(outcomeClassSchema)
  .min(1)
  .describe('Outcomes priced by complexity; shares sum to 1; only with unit "outcome"');

export const TIER_BASES = ['month', 'year-to-date'] as const;

export const tierBasisSchema = z
  .enum(TIER_BASES)
  .default('month')
  .describe(
    '"year-to-date": graduated tiers over units accumulated since the contract anniversary',
  );

export const phaseSchema = z.strictObject({
  months: z.number().int().min(1).describe('Length of the phase in months (at least 1)'),
  priceFactor: nonNegative().describe('Multiplies usage in the phase (0 for a free pilot)'),
});

export const phasesSchema = z
  .array(phaseSchema)
  .min(1)
  .describe('Consecutive phases from month 1 (pilot, introductory rate); then the list price');

export const priceLockSchema = z
  .strictObject({
    months: z.number().int().nonnegative().describe('Months from month 1 the lock holds'),
    monthlyCeiling: nonNegative().describe('Most usage charged in a locked month'),
  })
  .describe('A monthly ceiling on usage for the first months');

export const prepaidSchema = z
  .strictObject({
    annualAmount: nonNegative().describe('Paid up front at each contract anniversary'),
    rolloverShare: share()
      .default(0)
      .describe('Share of the balance left at a year end carried into the next year'),
  })
  .describe('Prepaid credit drawn down by usage; not with annualCommit');
