import { z } from 'zod';
import {
  UNITS,
  type BuildOption,
  type Charges,
  type OptionSpec,
  type ScenarioModel,
  type StatusQuoOption,
  type SwitchOption,
  type Unit,
  type VendorOption,
} from '../engine/model';
import { checkUncertaintyAgainstModel } from './uncertainty-rules';
import { uncertaintySchema, type Uncertainty } from './uncertainty-schema';
import { annualRate, nonNegative, positiveWholeMonths, share, wholeMonths } from './value-kinds';
import { checkChargeBasis, checkScenarioWide, checkTierBounds } from './rules';
import { switchOptionSchema } from './switch-schema';
import { checkDemandVolume, checkSwitchOptions, checkVendorTerms } from './term-rules';
import {
  classesSchema,
  phasesSchema,
  prepaidSchema,
  priceLockSchema,
  tierBasisSchema,
} from './vendor-terms-schema';
import {
  DEFAULT_HORIZON_MONTHS,
  DEFAULT_RULE_OF_THUMB_OUTCOMES_PER_MONTH,
  DEFAULT_RULE_OF_THUMB_PRICE,
  DEFAULT_USEFUL_LIFE_MONTHS,
} from '../engine/defaults';

/** Cross-field rules run even when other fields failed, so every problem is reported at once. */
const ALWAYS = { when: () => true };

export const tierSchema = z.strictObject({
  upTo: nonNegative()
    .nullable()
    .describe('Upper bound of the tier in units; null for the last, unbounded tier'),
  price: nonNegative().describe('Price per unit inside the tier'),
  flatFee: nonNegative().optional().describe('Fee charged once the tier is entered'),
});

export const chargesSchema = z
  .strictObject({
    unit: z
      .enum(UNITS)
      .describe(
        'What the vendor bills: outcome, contact, action, token (per million), seat or none',
      ),
    unitsPerContact: nonNegative()
      .default(1)
      .describe('Billed units per contact (conversation windows, actions, tokens)'),
    seats: nonNegative().optional().describe('Seats billed every month when unit is seat'),
    price: nonNegative()
      .optional()
      .describe('Price per chargeable unit (per million tokens for token)'),
    tiers: z
      .array(tierSchema)
      .min(1)
      .superRefine(checkTierBounds, ALWAYS)
      .optional()
      .describe('Tier table, upTo ascending; the last tier has upTo null'),
    tierMode: z.enum(['graduated', 'volume']).default('graduated'),
    package: z
      .strictObject({ size: z.number().finite().positive(), price: nonNegative() })
      .optional()
      .describe('Units sold in whole packages'),
    includedUnitsPerMonth: nonNegative().default(0),
    platformFeeMonthly: nonNegative().default(0),
    oneTimeFee: nonNegative().default(0),
    escalatorAnnual: annualRate().default(0).describe('Price step at each contract anniversary'),
    annualCap: nonNegative().optional().describe('Most usage charged in one contract year'),
    annualCommit: nonNegative()
      .optional()
      .describe('Least usage + platform spend per contract year'),
    sla: z.strictObject({ guaranteedResolutionRate: share(), creditRate: share() }).optional(),
    gainShare: z
      .strictObject({
        share: share(),
        baselinePerContact: nonNegative()
          .optional()
          .describe(
            "The contract's baseline cost per contact (grows with wage inflation); defaults to humanCostPerContact",
          ),
      })
      .optional(),
    classes: classesSchema.optional(),
    tierBasis: tierBasisSchema,
    phases: phasesSchema.optional(),
    priceLock: priceLockSchema.optional(),
    prepaid: prepaidSchema.optional(),
  })
  .superRefine(checkChargeBasis, ALWAYS)
  .superRefine(checkVendorTerms, ALWAYS);

const optionBase = {
  name: z.string().trim().min(1).describe('Unique option name'),
  notes: z.string().optional(),
  source: z.string().optional(),
};

export const statusQuoSchema = z.strictObject({ kind: z.literal('status-quo'), ...optionBase });

export const vendorSchema = z.strictObject({
  kind: z.literal('vendor'),
  ...optionBase,
  resolutionRate: share().describe('True share of contacts resolved by the buyer definition'),
  onboardingMonths: wholeMonths().default(0),
  oversightMonthly: nonNegative().default(0),
  overcount: z
    .strictObject({
      initialRatio: nonNegative().default(1),
      driftAnnual: annualRate().default(0),
    })
    .default({ initialRatio: 1, driftAnnual: 0 }),
  charges: chargesSchema,
});

export const buildSchema = z.strictObject({
  kind: z.literal('build'),
  ...optionBase,
  resolutionRate: share(),
  buildCost: nonNegative(),
  buildMonths: wholeMonths(),
  runFixedMonthly: nonNegative(),
  marginalPerContact: nonNegative(),
  costEscalatorAnnual: annualRate().default(0),
  amortizationMonths: positiveWholeMonths()
    .optional()
    .describe('Months the crossover spreads the build cost over; defaults to usefulLifeMonths'),
  capitalizedShare: share()
    .default(0)
    .describe('Accounting only: share of the build cost booked as an asset and amortised'),
  usefulLifeMonths: z
    .number()
    .int()
    .positive()
    .max(1200)
    .default(DEFAULT_USEFUL_LIFE_MONTHS)
    .describe('Accounting only: straight-line amortisation months from go-live'),
});

export const switchSchema = switchOptionSchema(optionBase);

export const OPTION_KINDS = ['status-quo', 'vendor', 'build', 'switch'] as const;

export const optionSchema = z.discriminatedUnion('kind', [
  statusQuoSchema,
  vendorSchema,
  buildSchema,
  switchSchema,
]);

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).default(1),
    name: z.string().trim().min(1),
    description: z.string().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'expected a three-letter ISO 4217 code such as USD')
      .default('USD'),
    horizonMonths: z.number().int().min(1).max(240).default(DEFAULT_HORIZON_MONTHS),
    discountRateAnnual: annualRate().default(0),
    demand: z.strictObject({
      contactsPerMonth: nonNegative()
        .optional()
        .describe('Contacts in month 1; required unless contactsByMonth is given'),
      growthAnnual: annualRate().default(0),
      contactsByMonth: z.array(nonNegative()).optional(),
    }),
    humanCostPerContact: nonNegative(),
    wageInflationAnnual: annualRate().default(0),
    ruleOfThumb: z
      .strictObject({
        outcomesPerMonth: nonNegative().default(DEFAULT_RULE_OF_THUMB_OUTCOMES_PER_MONTH),
        price: nonNegative().default(DEFAULT_RULE_OF_THUMB_PRICE),
      })
      .default({
        outcomesPerMonth: DEFAULT_RULE_OF_THUMB_OUTCOMES_PER_MONTH,
        price: DEFAULT_RULE_OF_THUMB_PRICE,
      }),
    options: z.array(optionSchema).min(1),
    uncertainty: uncertaintySchema.optional(),
  })
  .superRefine(checkScenarioWide, ALWAYS)
  .superRefine(checkDemandVolume, ALWAYS)
  .superRefine(checkSwitchOptions, ALWAYS)
  .superRefine(checkUncertaintyAgainstModel);

export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A loaded scenario: the engine's model with its ranges, if any. */
export interface Scenario extends ScenarioModel {
  $schema?: string;
  uncertainty?: Uncertainty;
}

export { UNITS };
export type { BuildOption, Charges, OptionSpec, StatusQuoOption, SwitchOption, Unit, VendorOption };

// the schema gives exactly the engine's model: each shape assignable to the other
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaGivesTheModel: Same<z.output<typeof scenarioSchema>, Scenario> = true;
void schemaGivesTheModel;
