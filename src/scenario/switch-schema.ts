import { z } from 'zod';

/** Buy now, switch later (DOMAIN.md): a vendor until the switch month, the build from then on. */
export function switchOptionSchema<Base extends z.ZodRawShape>(optionBase: Base) {
  return z.strictObject({
    kind: z.literal('switch'),
    ...optionBase,
    vendor: z.string().trim().min(1).describe('Name of a vendor option of the scenario'),
    build: z.string().trim().min(1).describe('Name of a build option of the scenario'),
    switchMonth: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('First month on the build (1..H+1); defaults to the build go-live month'),
    exitFee: z
      .number()
      .finite()
      .nonnegative()
      .default(0)
      .describe('Paid to the vendor at the switch'),
  });
}
