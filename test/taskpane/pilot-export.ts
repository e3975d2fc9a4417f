// The first months of the example export, as a CSV file's text, as an Excel range's grid, and
// as the Reconcile tab reads them with its default settings.
import { readFileSync } from 'node:fs';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { DEFAULT_BILLED_COLUMN, DEFAULT_PERIOD_COLUMN } from '../../src/reconcile/settings';
import { eventsFromGrid } from '../../taskpane/reconcile/load-events';
import { reconcileView } from '../../taskpane/reconcile/reconcile-view';

export function pilotExport(months: number) {
  const lines = readFileSync('examples/events/support-desk.csv', 'utf8').trimEnd().split('\n');
  const header = lines[0];
  const inPilot = new RegExp(`,2025-0[1-${months}]-`);
  const rows = lines.slice(1).filter((line) => inPilot.test(line));
  const grid: unknown[][] = [header.split(','), ...rows.map((line) => line.split(','))];
  const view = () =>
    reconcileView(eventsFromGrid(grid, DEFAULT_PERIOD_COLUMN), {
      definition: GENERATOR_DEFINITION,
      price: '0.99',
      tolerance: '0.05',
      periodColumn: DEFAULT_PERIOD_COLUMN,
      billedColumn: DEFAULT_BILLED_COLUMN,
    });
  return { csv: [header, ...rows].join('\n'), rows, grid, view };
}
