import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load';
import { riskReport } from '../../src/uncertainty/risk-report';
import { runRiskJob } from '../../taskpane/risk/risk-job';
import { createPageRunner } from '../../taskpane/risk/risk-runner';

const parsed = parseScenarioText(readFileSync('examples/support-team-ranges.json', 'utf8'));
if (!parsed.ok) throw new Error('support-team-ranges.json invalid');
const scenario = {
  ...parsed.scenario,
  uncertainty: { ...parsed.scenario.uncertainty!, trials: 2000 },
};

describe('the Risk tab job', () => {
  it('gives the CLI numbers for the same file and seed, with progress to the last trial', async () => {
    const progress: number[] = [];
    const result = await runRiskJob(
      scenario,
      (done) => progress.push(done),
      () => false,
    );
    expect(result!.report).toEqual(riskReport(scenario));
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(2000);
    expect(progress.length).toBeGreaterThan(2);
    const sim = result!.report.simulation;
    result!.curves.forEach((c, o) => {
      expect(c.name).toBe(sim.options[o].name);
      expect(c.points[50].x).toBeCloseTo(sim.options[o].npv.p50, 6);
      expect(c.points[10].x).toBeCloseTo(sim.options[o].npv.p10, 6);
    });
  });

  it('stops when cancelled, between slices', async () => {
    let seen = 0;
    const result = await runRiskJob(
      scenario,
      (done) => (seen = done),
      () => seen >= 500,
    );
    expect(result).toBeNull();
    expect(seen).toBeLessThan(2000);
  });

  it('a newer run on the page runner replaces the older one', async () => {
    const runner = createPageRunner();
    const done: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const callbacks = (tag: number) => ({
        onProgress: () => {},
        onDone: () => {
          done.push(tag);
          resolve();
        },
        onFailed: reject,
      });
      runner.run(scenario, callbacks(1));
      runner.run(
        { ...scenario, uncertainty: { ...scenario.uncertainty, trials: 500 } },
        callbacks(2),
      );
    });
    // long enough for the first, larger run to have finished had it not been cancelled
    await new Promise((r) => setTimeout(r, 1500));
    expect(done).toEqual([2]);
  });
});
