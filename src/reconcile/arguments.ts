import { InputProblem, type ProblemColumn } from './input-problem';
import {
  DEFAULT_BILLED_COLUMN,
  DEFAULT_PERIOD_COLUMN,
  DEFAULT_TOLERANCE,
  reconcileSettings,
  type ReconcileSettings,
} from './settings';

/**
 * The reconcile arguments as every face receives them, one home for reading them: the CLI and
 * the taskpane's fields give text, an Excel function gives numbers, text, booleans or empty
 * cells. Each face names the arguments its own way (`--price`, `price`, "Price per outcome").
 */
export interface ReconcileArguments {
  definition: unknown;
  price: unknown;
  tolerance?: unknown;
  periodColumn?: unknown;
  billedColumn?: unknown;
  vendorDefinition?: unknown;
}

export type ReconcileArgument = keyof ReconcileArguments;

/** A reconcile argument that cannot be used; `argument` says which. */
export class ArgumentProblem extends InputProblem {
  constructor(
    message: string,
    readonly argument: ReconcileArgument,
  ) {
    const column: Partial<Record<ReconcileArgument, ProblemColumn>> = {
      periodColumn: 'period',
      billedColumn: 'billed',
    };
    super(message, column[argument]);
    this.name = 'ArgumentProblem';
  }
}

const missing = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A value as a message shows it: text quoted (unless it reads as a number), others as they are. */
function shown(value: unknown): string {
  if (typeof value === 'string')
    return value.trim() !== '' && Number.isFinite(Number(value))
      ? value.trim()
      : JSON.stringify(value);
  return String(value);
}

/** A number >= 0 from a number or its text; the fallback when the argument is left out. */
function amount(
  name: string,
  value: unknown,
  argument: ReconcileArgument,
  fallback?: number,
): number {
  if (missing(value)) {
    if (fallback !== undefined) return fallback;
    throw new ArgumentProblem(`${name} is required`, argument);
  }
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0)
    throw new ArgumentProblem(`${name} must be a number >= 0, got ${shown(value)}`, argument);
  return number;
}

const DEFINITION_EXAMPLE = 'text such as status == "closed" and csat >= 4';

/** Text; the fallback when left out, unless required (then "is required" when not given). */
function text(
  name: string,
  value: unknown,
  argument: ReconcileArgument,
  what: string,
  fallback?: string,
): string | undefined {
  const required = argument === 'definition';
  if (missing(value) && !required) return fallback;
  if (value === undefined) throw new ArgumentProblem(`${name} is required`, argument);
  if (typeof value !== 'string' || value.trim() === '')
    throw new ArgumentProblem(`${name} must be ${what}, got ${shown(value)}`, argument);
  return value;
}

/**
 * Reads the reconcile arguments by one set of rules: the definition is required text; price
 * and tolerance are numbers >= 0 (tolerance 0.05 when left out); the period and billed columns
 * are column names (`period`, `vendor_billed` when left out); an empty value is left out.
 * `name` gives each argument as the face calls it, for the messages.
 */
export function readReconcileArguments(
  args: ReconcileArguments,
  name: (argument: ReconcileArgument) => string,
): ReconcileSettings {
  const definition = text(name('definition'), args.definition, 'definition', DEFINITION_EXAMPLE)!;
  const column = (argument: 'periodColumn' | 'billedColumn', fallback: string) =>
    text(name(argument), args[argument], argument, 'a column name', fallback)!;
  return reconcileSettings({
    definition,
    price: amount(name('price'), args.price, 'price'),
    tolerance: amount(name('tolerance'), args.tolerance, 'tolerance', DEFAULT_TOLERANCE),
    periodColumn: column('periodColumn', DEFAULT_PERIOD_COLUMN),
    billedColumn: column('billedColumn', DEFAULT_BILLED_COLUMN),
    billedColumnGiven: !missing(args.billedColumn),
    vendorDefinition: text(
      name('vendorDefinition'),
      args.vendorDefinition,
      'vendorDefinition',
      'text such as status == "closed"',
    ),
  });
}

/** The definition argument alone (see readReconcileArguments). */
export function readDefinitionArgument(value: unknown, name: string): string {
  return text(name, value, 'definition', DEFINITION_EXAMPLE)!;
}
