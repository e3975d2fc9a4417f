import type { z } from 'zod';
import { resolveInputs } from './resolve-inputs';
import type { Uncertainty } from './uncertainty-schema';

interface WithUncertainty {
  options: readonly unknown[];
  uncertainty?: Uncertainty;
}

/**
 * The uncertainty rules that need the model: each input names a number of the scenario or of an
 * option of the right kind, and its base lies in its support; a scenario with ranges has at
 * least two options. Runs on the parsed scenario (defaults applied), after the rest is valid.
 */
export function checkUncertaintyAgainstModel(scenario: WithUncertainty, ctx: z.RefinementCtx) {
  const block = scenario.uncertainty;
  // With other problems in the file the value may be partial: check what can be checked.
  if (!block || !Array.isArray(block.inputs) || !Array.isArray(scenario.options)) return;
  if (scenario.options.length < 2) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      input: `${scenario.options.length} option(s)`,
      message: 'a scenario with ranges (uncertainty) needs at least two options',
    });
  }
  // resolveInputs reads the scenario with its defaults, which the parsed value carries.
  const { problems } = resolveInputs(scenario as never, block.inputs);
  for (const p of problems) {
    ctx.addIssue({
      code: 'custom',
      path: ['uncertainty', 'inputs', p.index, p.key],
      input: p.value,
      message: p.message,
    });
  }
}
