import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GENERATOR_DEFINITION,
  generateEvents,
  type EventGeneratorSettings,
} from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';

export const DEFINITION = GENERATOR_DEFINITION;

/** An export the exhibit's code never saw: random draws, its own seed and size. */
export const HIDDEN: EventGeneratorSettings = {
  seed: 7_300_411,
  startMonth: '2024-03',
  months: 9,
  contactsPerMonth: 400,
  outcomeShare: 0.42,
  initialRatio: 1.3,
  driftAnnual: 0.2,
  billedWhenOutcome: 0.9,
  exact: false,
};

export function generatedCsv(settings: EventGeneratorSettings): string {
  const chunks: string[] = [];
  generateEvents(settings, (c) => chunks.push(c));
  return chunks.join('');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crossover-exhibit-'));
}

export function writeTemp(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** What reconcile decides on one row alone (billed forced to 1, so its first failing clause counts). */
export function reconcileOneRow(
  header: string,
  line: string,
  billedIndex: number,
  definition: string,
) {
  const cells = line.split(',');
  cells[billedIndex] = '1';
  const { reconciliation } = reconcileCsvText(
    `${header}\n${cells.join(',')}\n`,
    'one row',
    reconcileSettings({ definition, price: 1 }),
  );
  const total = reconciliation.total;
  const failing = total.clauses.findIndex((c) => c.firstFailing === 1);
  return {
    outcome: total.buyerCount === 1,
    firstFailingClause: failing === -1 ? null : failing + 1,
  };
}
