import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/commands/risk';
import { main } from '../../src/cli/main';
import { parseScenarioText } from '../../src/scenario/load';
import { runInProcess, ROOT } from '../cli/run-cli';
import { simulate, tornadoTable } from '../../functions/risk';
import { SUPPORT_TEAM_RANGES } from '../support/engine-support-ranges';

const dir = mkdtempSync(join(tmpdir(), 'crossover-risk-'));
const support = readFileSync(join(ROOT, 'examples/support-team.json'), 'utf8');
const withRanges = (uncertainty: unknown) => {
  const file = join(dir, `ranges-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...JSON.parse(support), uncertainty }));
  return file;
};
const ranged = withRanges({
  trials: 2000,
  inputs: SUPPORT_TEAM_RANGES,
});

const rangedText = readFileSync(ranged, 'utf8');

describe('crossover risk', () => {
  it('prints the recommendation, its probability, the tornado, switch values and percentiles', async () => {
    const { code, stdout } = await runInProcess(['risk', ranged]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Recommendation: Hybrid capped/);
    expect(stdout).toMatch(
      /Probability the recommendation holds: \d+\.\d% \(2,000 trials, seed 1, Latin hypercube sampling\)/,
    );
    expect(stdout).toMatch(
      /Hybrid capped stays first unless Hybrid capped's resolution rate falls below \d+\.\d+% \(then Per resolution\)/,
    );
    expect(stdout).toMatch(
      /Hybrid capped stays first over the whole range of Build in-house's build months/,
    );
    expect(stdout).toMatch(/Build in-house\s+Per conversation\s+\d+\.\d%/);
    const tornadoLines = stdout.split('\n').filter((l) => /#{2,}/.test(l));
    expect(tornadoLines[0]).toMatch(/^Hybrid capped's resolution rate/);
  });

  it('--json prints the documented shape; the same seed gives the same numbers', async () => {
    const a = JSON.parse(
      (await runInProcess(['risk', ranged, '--json', '--trials', '500'])).stdout,
    );
    const b = JSON.parse(
      (await runInProcess(['risk', ranged, '--json', '--trials', '500'])).stdout,
    );
    const c = JSON.parse(
      (
        await runInProcess([
          'risk',
          ranged,
          '--json',
          '--trials',
          '500',
          '--seed',
          '2',
          '--sampling',
          'random',
        ])
      ).stdout,
    );
    expect(b).toEqual(a);
    expect(Object.keys(a)).toEqual([
      'recommendation',
      'baseMargin',
      'tornado',
      'switchValues',
      'simulation',
      'contributions',
      'spider',
    ]);
    expect(Object.keys(a.contributions[0])).toEqual([
      'option',
      'field',
      'rankCorrelation',
      'contribution',
    ]);
    expect(Object.keys(a.spider[0])).toEqual(['option', 'field', 'points']);
    expect(Object.keys(a.spider[0].points[0])).toEqual(['percentile', 'value', 'margin']);
    // the columns of OUTCOME.TORNADO's header, as docs/functions.md shows them
    const [header] = tornadoTable(rangedText) as string[][];
    expect(Object.keys(a.tornado[0])).toEqual(header);
    expect(a.switchValues.map((s: any) => [s.option, s.field])).toEqual([
      [null, 'demand.contactsPerMonth'],
      ['Hybrid capped', 'resolutionRate'],
      ['Build in-house', 'buildMonths'],
    ]);
    expect(Object.keys(a.switchValues[0])).toEqual(['option', 'field', 'value', 'takenOverBy']);
    const sim = a.simulation;
    expect(sim).toMatchObject({ trials: 500, seed: 1, sampling: 'lhs' });
    expect(Object.keys(sim.options[0])).toEqual(['name', 'probabilityFirst', 'npv', 'totalCost']);
    // the statistics OUTCOME.SIMULATE spills after the option and its probability
    const [, , ...statistics] = (simulate(rangedText, 'npv', 100) as string[][])[0];
    expect(Object.keys(sim.options[0].npv)).toEqual(statistics);
    expect(Object.keys(sim.margin)).toEqual(['p10', 'p50', 'p90']);
    expect(Object.keys(sim.pairs[0])).toEqual([
      'build',
      'vendor',
      'probabilityBuildCheaper',
      'breakevenMonth',
    ]);
    expect(sim.options.reduce((s: number, o: any) => s + o.probabilityFirst, 0)).toBeCloseTo(1, 12);
    expect(c.simulation).toMatchObject({ seed: 2, sampling: 'random' });
    expect(c.simulation.options[1].npv.p50).not.toBe(a.simulation.options[1].npv.p50);
  });

  it('shows progress on a terminal once a run takes a second, never when stderr is not one', async () => {
    const lines: string[] = [];
    const io = {
      out: () => {},
      err: () => {},
      progress: (t: string) => lines.push(t),
      errIsTerminal: true,
    };
    const big = withRanges({
      trials: 100000,
      inputs: [{ field: 'demand.contactsPerMonth', dist: 'uniform', low: 30000, high: 60000 }],
    });
    expect(await main(['risk', big, '--json'], io)).toBe(0);
    for (const line of lines)
      expect(line).toMatch(/^(simulating: [\d,]+ of 100,000 trials \(\d+%\))?$/);
    // with a clock: nothing in the first second, then the count, then the line cleared
    let clock = 0;
    const shown: string[] = [];
    const report = progressReporter({ ...io, progress: (t) => shown.push(t) }, () => clock)!;
    report(5000, 20000);
    clock = 1200;
    report(10000, 20000);
    report(20000, 20000);
    expect(shown).toEqual([
      'simulating: 10,000 of 20,000 trials (50%)',
      'simulating: 20,000 of 20,000 trials (100%)',
      '',
    ]);
    expect(progressReporter({ ...io, errIsTerminal: false })).toBeUndefined();
    const quiet: string[] = [];
    await main(['risk', big, '--trials', '1000'], {
      ...io,
      errIsTerminal: false,
      progress: (t) => quiet.push(t),
    });
    expect(quiet).toEqual([]);
  }, 120_000); // 100,000 trials: seconds on a loaded machine

  it('--suggest -o writes a copy with a starter block, and never overwrites', async () => {
    const out = join(dir, 'suggested.json');
    const first = await runInProcess([
      'risk',
      join(ROOT, 'examples/support-team.json'),
      '--suggest',
      '-o',
      out,
    ]);
    expect(first.code).toBe(0);
    const written = readFileSync(out, 'utf8');
    const parsed = parseScenarioText(written);
    expect(parsed.ok).toBe(true);
    const fields = JSON.parse(written).uncertainty.inputs.map(
      (i: any) => `${i.option ?? ''}:${i.field}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        ':demand.contactsPerMonth',
        ':humanCostPerContact',
        'Per resolution:resolutionRate',
        'Per resolution:overcount.driftAnnual',
        'Build in-house:buildCost',
        'Build in-house:buildMonths',
      ]),
    );
    expect((await runInProcess(['risk', out, '--trials', '200'])).code).toBe(0);
    const again = await runInProcess([
      'risk',
      join(ROOT, 'examples/support-team.json'),
      '--suggest',
      '-o',
      out,
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; --suggest never overwrites/);
    expect(readFileSync(out, 'utf8')).toBe(written);
  });

  it('explains bad input with exit code 2', async () => {
    const noBlock = await runInProcess(['risk', join(ROOT, 'examples/support-team.json')]);
    expect(noBlock.code).toBe(2);
    expect(noBlock.stderr).toMatch(/no uncertainty block.*--suggest/);
    for (const [args, message] of [
      [['--trials', '50'], /--trials must be a whole number from 100 to 1,000,000 \(got "50"\)/],
      [['--trials', '1e3'], /--trials must be a whole number/],
      [['--seed=-1'], /--seed must be a whole number/],
      [['--sampling', 'sobol'], /--sampling must be lhs or random \(got "sobol"\)/],
    ] as const) {
      const r = await runInProcess(['risk', ranged, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const suggestNoOut = await runInProcess(['risk', ranged, '--suggest']);
    expect(suggestNoOut.stderr).toMatch(/needs -o FILE2/);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});
