import type { ReconcileArgument } from '../reconcile/arguments';
import { DefinitionError, VendorRuleError } from '../reconcile/definition/errors';
import { InputProblem } from '../reconcile/input-problem';
import { InputError } from './errors';

/** Each reconcile argument's option, as `reconcile` and `exhibit` both name them. */
const RECONCILE_OPTION = {
  definition: 'definition',
  price: 'price',
  tolerance: 'tolerance',
  periodColumn: 'period',
  billedColumn: 'billed',
  vendorDefinition: 'vendor-definition',
} as const satisfies Record<ReconcileArgument, string>;

type ReconcileOptionName = (typeof RECONCILE_OPTION)[ReconcileArgument];

/** The parseArgs table of the reconcile arguments: a string option each. */
export const RECONCILE_ARGUMENT_OPTIONS = Object.fromEntries(
  Object.values(RECONCILE_OPTION).map((name) => [name, { type: 'string' }]),
) as Record<ReconcileOptionName, { type: 'string' }>;

/** The reconcile arguments as given on the command line (undefined where not given). */
export function givenReconcileArguments(
  values: Partial<Record<ReconcileOptionName, string>>,
): Record<ReconcileArgument, string | undefined> {
  return Object.fromEntries(
    Object.entries(RECONCILE_OPTION).map(([argument, option]) => [argument, values[option]]),
  ) as Record<ReconcileArgument, string | undefined>;
}

/** The flag that sets a reconcile argument, for messages: `--period`. */
export function reconcileFlag(argument: ReconcileArgument): string {
  return `--${RECONCILE_OPTION[argument]}`;
}

/** Library errors become input errors (exit 2) naming the option. */
export async function asReconcileInput<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VendorRuleError)
      throw new InputError(`--vendor-definition: ${error.message}`);
    if (error instanceof DefinitionError) throw new InputError(`--definition: ${error.message}`);
    if (error instanceof InputProblem) throw new InputError(error.message);
    throw error;
  }
}
