import {
  parseReconciliationFile,
  type ReconciliationFile,
} from '../reconcile/report/reconciliation-file';
import { formatProblem } from '../scenario/load';
import { MAX_NESTING, nestingTooDeep } from '../scenario/nesting';
import { InputError } from './errors';
import { readTextFile } from './load-scenario-file';

/**
 * Reads the output of `crossover reconcile --json` for a board export (`--reconciliation R.json`):
 * text that is not JSON, a missing or mistyped field, overcharges that do not follow from the
 * counts, or a currency other than the scenario's is an input error naming the file and the field.
 */
export function loadReconciliationFile(path: string, currency: string): ReconciliationFile {
  const text = readTextFile(path, 'reconciliation file').replace(/^\ufeff/, '');
  const deep = nestingTooDeep(text);
  if (deep !== null)
    throw new InputError(
      `${path}: brackets nested more than ${MAX_NESTING} levels deep (at character ${deep + 1}); not the output of crossover reconcile --json`,
    );
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${path}: not valid JSON (${(error as Error).message}); give the output of crossover reconcile --json`,
    );
  }
  const parsed = parseReconciliationFile(input);
  if (!parsed.ok)
    throw new InputError(
      `${path}: ${parsed.problems.length} problem(s) (expected the output of crossover reconcile --json)`,
      parsed.problems.map(formatProblem),
    );
  const stated = parsed.file.currency;
  if (stated !== undefined && stated !== currency)
    throw new InputError(
      `${path}: currency: ${stated}, but the scenario is in ${currency} (reconcile again with --currency ${currency})`,
    );
  return parsed.file;
}
