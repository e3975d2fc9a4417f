import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../functions/scenario';
import { FunctionError } from '../../functions/errors';
import { volumeCurves } from '../../src/analysis/volume-curves';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import { expectClose } from '../support/close';
import { runInProcess } from './run-cli';

// Contact packages of 5,000 at $1,200 against a build at $3,500 + $0.20 a contact: the build first
// wins just above 60,000 and stays cheaper only above 85,000 (the saw-tooth of test/engine/crossover).
const FILE = 'test/export/fixtures/exact-packages.json';
const text = readFileSync(FILE, 'utf8');

describe('buildCheaperThroughout is shown wherever the crossover is, when they differ', () => {
  it('run prints both, and --json carries both', async () => {
    const out = await runInProcess(['run', FILE]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /Contact packages\s+never by month 240\s+60,000; cheaper throughout above 85,000/,
    );
    expect(out.stdout).toMatch(/Token packages\s+never by month 240\s+6,857\s/);
    const json = JSON.parse((await runInProcess(['run', FILE, '--json'])).stdout);
    const c = json.comparisons.find((x: { vendor: string }) => x.vendor === 'Contact packages');
    expectClose(c.crossoverContactsPerMonth, 60000, 1e-6);
    expectClose(c.buildCheaperThroughout, 85000, 1e-6);
  });

  it('OUTCOME.COMPARE gives it as a metric', () => {
    expectClose(compare(text, 'Build', 'Contact packages') as number, 60000, 1e-6);
    expectClose(
      compare(text, 'Build', 'Contact packages', 'buildCheaperThroughout') as number,
      85000,
      1e-6,
    );
    const bad = compare(text, 'Build', 'Contact packages', 'throughout');
    expect(bad).toBeInstanceOf(FunctionError);
  });

  it('the taskpane volume panel receives it', () => {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error('fixture invalid');
    const curves = volumeCurves(parsed.scenario, evaluateScenario(parsed.scenario));
    const c = curves.crossovers.find((x) => x.vendor === 'Contact packages')!;
    expectClose(c.buildCheaperThroughout, 85000, 1e-6);
  });
});
