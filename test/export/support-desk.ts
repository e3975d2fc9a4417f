import { readFileSync } from 'node:fs';
import type { BoardReconciliation } from '../../src/export/index';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';

/** The example events reconciled at $0.99 with a 5% tolerance, as a board workbook shows them. */
export function supportDeskReconciliation(): BoardReconciliation {
  const settings = reconcileSettings({
    definition: GENERATOR_DEFINITION,
    price: 0.99,
    tolerance: 0.05,
  });
  const events = readFileSync('examples/events/support-desk.csv', 'utf8');
  const { reconciliation } = reconcileCsvText(events, 'support-desk.csv', settings);
  return { reconciliation, definition: GENERATOR_DEFINITION, source: 'support-desk.csv' };
}
