import { z } from 'zod';
import { formatPath, valueAt, type Checked } from '../../engine/problems';
import type { MonthlyCounts } from '../monthly-counts';
import { reconcileCounts, type Reconciliation } from '../reconcile-counts';

// The output of `crossover reconcile --json`, read back for the board: the counts, the price and
// the tolerance are read and the reconciliation is worked out again from them (one home for the
// rule); the file's own overcharges must agree with it, so an edited or truncated file is refused.
// Fields it does not need are ignored, so the file can grow.

/** What the board's sheet and slide show of a reconciliation file. */
export interface ReconciliationFile {
  reconciliation: Reconciliation;
  definition: string;
  /** The file's currency, when it states one (`reconcile --currency`). */
  currency?: string;
}

const count = z.number().finite().min(0);
const money = z.number().finite();

const fileSchema = z.object({
  definition: z.string(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter ISO code')
    .optional(),
  price: z.number().finite().min(0),
  tolerance: z.number().finite().min(0),
  months: z
    .array(
      z.object({
        month: z.string(),
        contacts: count,
        vendorCount: count,
        buyerCount: count,
        both: count,
        overcharge: money,
        clauses: z
          .array(z.object({ clause: z.string(), firstFailing: count, failing: count }))
          .default([]),
      }),
    )
    .min(1, 'at least one month'),
  total: z.object({ overcharge: money }),
});

const agree = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Validates a parsed `reconcile --json` output; problems name the JSON path and the value. */
export function parseReconciliationFile(input: unknown): Checked<{ file: ReconciliationFile }> {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
        value: valueAt(input, issue.path),
      })),
    };
  const f = parsed.data;
  const counts: MonthlyCounts[] = f.months.map((m) => ({
    month: m.month,
    contacts: m.contacts,
    vendorCount: m.vendorCount,
    buyerCount: m.buyerCount,
    both: m.both,
    clauses: m.clauses.map((c) => ({ firstFailing: c.firstFailing, failing: c.failing })),
  }));
  const reconciliation = reconcileCounts(
    counts,
    f.price,
    f.tolerance,
    f.months[0].clauses.map((c) => c.clause),
  );
  const mismatch = (path: (string | number)[], stated: number, computed: number) => ({
    path: formatPath(path),
    message: `does not match the counts and the price (they give ${computed}): not the output of crossover reconcile --json, or edited since`,
    value: stated,
  });
  const problems = f.months.flatMap((m, i) =>
    agree(m.overcharge, reconciliation.months[i].overcharge)
      ? []
      : [mismatch(['months', i, 'overcharge'], m.overcharge, reconciliation.months[i].overcharge)],
  );
  if (!agree(f.total.overcharge, reconciliation.total.overcharge))
    problems.push(
      mismatch(['total', 'overcharge'], f.total.overcharge, reconciliation.total.overcharge),
    );
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    file: {
      reconciliation,
      definition: f.definition,
      ...(f.currency ? { currency: f.currency } : {}),
    },
  };
}
