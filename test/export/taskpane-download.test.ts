import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import { boardWorkbookBytes } from '../../taskpane/export/downloads';
import { chartParts } from './chart-parts';
import { supportDeskReconciliation } from './support-desk';

// The taskpane's workbook download is the CLI's board workbook, and takes the same extras: with
// a reconciliation it carries the Reconciliation sheet and its chart.

describe("the taskpane's workbook download", () => {
  it('adds the Reconciliation sheet when given a reconciliation', async () => {
    const parsed = parseScenarioText(readFileSync('examples/support-team.json', 'utf8'));
    if (!parsed.ok) throw new Error('support-team.json does not parse');
    const result = evaluateScenario(parsed.scenario);
    const board = supportDeskReconciliation();
    const plain = await chartParts(await boardWorkbookBytes(parsed.scenario, result));
    const withIt = await chartParts(
      await boardWorkbookBytes(parsed.scenario, result, { reconciliation: board }),
    );
    expect(plain.map((c) => c.sheet)).toEqual(['Summary']);
    expect(withIt.map((c) => c.sheet)).toEqual(['Summary', 'Reconciliation']);
    expect(withIt[1].series[0].values).toEqual(
      board.reconciliation.months.map((m) => m.vendorCount),
    );
  });
});
