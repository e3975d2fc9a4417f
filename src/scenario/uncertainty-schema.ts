import { z } from 'zod';
import { checkCorrelations } from './correlation-rules';

// The optional `uncertainty` block of a scenario file (DOMAIN.md "Uncertainty"): the structure
// and each input's own rules here; the rules that need the model (the field exists, its base lies
// in the support) are in model-rules.ts.

const ALWAYS = { when: () => true };
const finite = () => z.number().finite();

export const MIN_TRIALS = 100;
export const MAX_TRIALS = 1_000_000;
export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 1;
export const SAMPLINGS = ['lhs', 'random'] as const;
export const DISTRIBUTIONS = ['uniform', 'triangular', 'pert', 'normal'] as const;

const where = {
  option: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Name of the option holding the field; leave out for a scenario-wide field'),
  field: z
    .string()
    .min(1)
    .describe('Path of a number, e.g. demand.contactsPerMonth or charges.tiers[1].price'),
  group: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Inputs of one group move together (one draw drives them all)'),
};

const uniformInput = z.strictObject({
  ...where,
  dist: z.literal('uniform'),
  low: finite(),
  high: finite(),
});
// the parameters of the two distributions with a mode
const lowModeHigh = () => ({ low: finite(), mode: finite(), high: finite() });
const triangularInput = z.strictObject({
  ...where,
  dist: z.literal('triangular'),
  ...lowModeHigh(),
});
const pertInput = z.strictObject({
  ...where,
  dist: z.literal('pert').describe('Beta-PERT on [low, high] with the given mode'),
  ...lowModeHigh(),
});
const normalInput = z.strictObject({
  ...where,
  dist: z.literal('normal').describe('Normal, support mean +- 4 sd'),
  mean: finite(),
  sd: finite(),
});

type Ctx = z.RefinementCtx;
type Loose = Record<string, unknown>;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkParameters(input: Loose, ctx: Ctx): void {
  const { low, mode, high, sd } = input;
  if (num(low) && num(high) && !(low < high)) {
    ctx.addIssue({
      code: 'custom',
      path: ['low'],
      input: low,
      message: `low must be below high (${high})`,
    });
  }
  if (num(mode) && num(low) && num(high) && low < high && !(mode >= low && mode <= high)) {
    ctx.addIssue({
      code: 'custom',
      path: ['mode'],
      input: mode,
      message: `mode must lie in [low, high] = [${low}, ${high}]`,
    });
  }
  if (num(sd) && !(sd > 0)) {
    ctx.addIssue({ code: 'custom', path: ['sd'], input: sd, message: 'sd must be above 0' });
  }
}

export const uncertaintyInputSchema = z
  .discriminatedUnion('dist', [uniformInput, triangularInput, pertInput, normalInput])
  .superRefine((input, ctx) => checkParameters(input as Loose, ctx), ALWAYS);

function checkDistinct(inputs: unknown, ctx: Ctx): void {
  if (!Array.isArray(inputs)) return;
  const seen = new Map<string, number>();
  inputs.forEach((input: Loose, i) => {
    if (typeof input !== 'object' || input === null || typeof input.field !== 'string') return;
    const key = `${typeof input.option === 'string' ? input.option.trim() : ''}\u0000${input.field}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'field'],
        input: input.field,
        message: `the same field is ranged twice; inputs[${first}] ranges it already`,
      });
  });
}

const INDEX = 'an index into inputs: a whole number from 0';
const inputIndex = () => z.number().int(INDEX).min(0, INDEX);

export const correlationSchema = z
  .strictObject({
    between: z
      .tuple([inputIndex(), inputIndex()])
      .describe('The two inputs, by their index in inputs (from 0)'),
    rho: z
      .number()
      .finite()
      .gt(-1, 'rho must lie between -1 and 1, both excluded')
      .lt(1, 'rho must lie between -1 and 1, both excluded')
      .describe("The correlation of the two inputs' normal scores, between -1 and 1 (excluded)"),
  })
  .superRefine((pair, ctx) => {
    // with other problems in the entry the value may be partial
    const between = (pair as Loose | null)?.between;
    if (Array.isArray(between) && num(between[0]) && between[0] === between[1]) {
      ctx.addIssue({
        code: 'custom',
        path: ['between'],
        input: between,
        message: `names input ${between[0]} twice; a correlation is between two different inputs`,
      });
    }
  }, ALWAYS);

export const uncertaintySchema = z
  .strictObject({
    trials: z
      .number()
      .int()
      .min(MIN_TRIALS)
      .max(MAX_TRIALS)
      .default(DEFAULT_TRIALS)
      .describe('Simulation trials, 100 to 1,000,000'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(DEFAULT_SEED)
      .describe('Seed of the generator: the same seed gives the same results everywhere'),
    sampling: z.enum(SAMPLINGS).default('lhs').describe('lhs (Latin hypercube, default) or random'),
    inputs: z.array(uncertaintyInputSchema).min(1).superRefine(checkDistinct, ALWAYS),
    correlations: z
      .array(correlationSchema)
      .optional()
      .describe(
        'Inputs that move together in part: pairs of inputs with the correlation of their normal scores (Iman-Conover; the rank correlation comes out near it); a group counts as one variable',
      ),
  })
  .superRefine((block, ctx) => checkCorrelations(block as Loose, ctx), ALWAYS)
  .describe('Ranges instead of points: tornado, switch values and simulation');

export type UncertaintyInput = z.output<typeof uncertaintyInputSchema>;
export type Uncertainty = z.output<typeof uncertaintySchema>;
export type Correlation = z.output<typeof correlationSchema>;
export type Sampling = (typeof SAMPLINGS)[number];
export type Distribution = UncertaintyInput['dist'];
