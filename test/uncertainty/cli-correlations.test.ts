// `crossover risk` with correlated ranges: the contributions in text and --json, the spider,
// the trials written with --trials-out (never over a file without --force), and the warnings of
// a repaired matrix on stderr and in `validate`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load';
import { trialsCsv } from '../../src/export/trials-csv';
import { riskReportWithTrials } from '../../src/uncertainty/risk-report';
import { drawInputValues } from '../../src/uncertainty/sampling';
import { riskModel } from '../../src/uncertainty/risk-model';
import { runInProcess, ROOT, saturationWarnings } from '../cli/run-cli';
import { naiveSpearman } from './gaussian-copula';

const dir = mkdtempSync(join(tmpdir(), 'crossover-correlated-'));
const ranges = JSON.parse(readFileSync(join(ROOT, 'examples/support-team-ranges.json'), 'utf8'));
// inputs: 0 contacts, 1 build months, 2 build cost, 3 and 4 the drift group, 5 Hybrid capped's
// resolution rate, 6 human cost per contact
let files = 0;
const withCorrelations = (correlations: unknown[], trials = 2000) => {
  const file = join(dir, `correlated-${++files}.json`);
  writeFileSync(
    file,
    JSON.stringify({ ...ranges, uncertainty: { ...ranges.uncertainty, trials, correlations } }),
  );
  return file;
};
const POSSIBLE = [
  { between: [0, 6], rho: 0.6 },
  { between: [5, 3], rho: -0.4 },
];
const IMPOSSIBLE = [
  { between: [0, 6], rho: 0.6 },
  { between: [0, 5], rho: -0.8 },
  { between: [5, 6], rho: 0.7 },
];

describe('crossover risk with correlations', () => {
  it('prints the contributions to variance beside the tornado, and says the tornado ignores correlations', async () => {
    const file = withCorrelations(POSSIBLE);
    const { code, stdout, stderr } = await runInProcess(['risk', file]);
    expect(code).toBe(0);
    expect(stderr).toBe(saturationWarnings(file));
    expect(stdout).toMatch(
      /Correlations: 2 pairs of ranges move together \(Iman-Conover\); the tornado and the switch values move one input at a time and ignore them/,
    );
    const json = JSON.parse((await runInProcess(['risk', file, '--json'])).stdout);
    const table = stdout.slice(stdout.indexOf('Contribution to variance'));
    const first = json.contributions[0];
    expect(table.split('\n')[3]).toMatch(
      new RegExp(
        `^Hybrid capped's resolution rate\\s+\\+${first.rankCorrelation.toFixed(3)}\\s+\\+\\d+\\.\\d%\\s+#{24}`,
      ),
    );
    // the drift group's two inputs repeat one row
    const drift = json.contributions.filter((c: any) => c.field === 'overcount.driftAnnual');
    expect(drift).toHaveLength(2);
    expect(drift[0].contribution).toBe(drift[1].contribution);
    expect(json.spider).toHaveLength(7);
    expect(json.spider.map((s: any) => s.points.map((p: any) => p.percentile))).toEqual(
      Array(7).fill([10, 25, 50, 75, 90]),
    );
    for (const row of json.tornado) {
      const line = json.spider.find((s: any) => s.option === row.option && s.field === row.field);
      expect([line.points[0].margin, line.points[4].margin]).toEqual([
        row.marginAtLow,
        row.marginAtHigh,
      ]);
    }
  });

  it('--trials-out writes every trial, the same the library gives, and never overwrites without --force', async () => {
    const file = withCorrelations(POSSIBLE, 500);
    const out = join(dir, 'trials.csv');
    const first = await runInProcess(['risk', file, '--json', '--trials-out', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`${saturationWarnings(file)}wrote ${out}: 500 trials\n`);
    JSON.parse(first.stdout); // stdout stays pure JSON
    const written = readFileSync(out, 'utf8');
    const parsed = parseScenarioText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    const { model, trials } = riskReportWithTrials(parsed.scenario);
    expect(written).toBe(trialsCsv(model, trials));
    const rows = written
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',').map(Number));
    expect(rows).toHaveLength(500);
    // the inputs' rank correlation in the file is the one asked for
    const column = (c: number) => rows.map((r) => r[c]);
    expect(Math.abs(naiveSpearman(column(1), column(7)) - 0.6)).toBeLessThan(0.05);
    // and each input's draws are the uncorrelated run's, in another order
    const plain = drawInputValues(model.inputs, 500, 1, 'lhs', parsed.scenario.horizonMonths);
    const sorted = (x: ArrayLike<number>) => Array.from(x).sort((a, b) => a - b);
    expect(sorted(column(1))).toEqual(sorted(plain[0]));

    writeFileSync(out, 'mine');
    const again = await runInProcess(['risk', file, '--trials-out', out, '--seed', '2']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /trials\.csv already exists; pass --force to replace it \(nothing was written\)/,
    );
    expect(again.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = await runInProcess([
      'risk',
      file,
      '--trials-out',
      out,
      '--force',
      '--seed',
      '2',
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe('mine');
    expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(502);

    const onInput = await runInProcess(['risk', file, '--trials-out', file, '--force']);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toMatch(/is the input/);
    const lonelyForce = await runInProcess(['risk', file, '--force']);
    expect(lonelyForce.code).toBe(2);
    expect(lonelyForce.stderr).toMatch(/--force replaces the file of --trials-out FILE/);
  });

  it('a matrix that cannot hold: a warning on stderr, the run goes on; validate lists it', async () => {
    const file = withCorrelations(IMPOSSIBLE, 300);
    const { code, stderr: said, stdout } = await runInProcess(['risk', file, '--json']);
    expect(code).toBe(0);
    // the model's own warnings (the count saturating) follow the uncertainty block's
    expect(said.endsWith(saturationWarnings(file))).toBe(true);
    const stderr = said.slice(0, said.length - saturationWarnings(file).length);
    expect(stderr).toMatch(
      /^\S+: warning: uncertainty\.correlations\[1\]\.rho: the correlations cannot all hold at once \(their matrix is not positive definite\), so the nearest correlation matrix is used; the largest change is between inputs\[0\] \(contacts per month\) and inputs\[5\] \(Hybrid capped's resolution rate\): -0\.8 becomes -0\.\d+\n$/,
    );
    expect(stderr.startsWith(`${file}: `)).toBe(true);
    expect(JSON.parse(stdout).simulation.trials).toBe(300);
    const validate = await runInProcess(['validate', file]);
    expect(validate.code).toBe(0);
    expect(validate.stdout.split('\n')[1]).toMatch(
      /^ {2}warning: uncertainty\.correlations\[1\]\.rho: /,
    );
  });

  it('bad correlations: exit 2, each named by its path and value', async () => {
    const file = withCorrelations([
      { between: [0, 7], rho: 0.2 },
      { between: [3, 4], rho: 0.5 },
      { between: [1, 2], rho: -1 },
    ]);
    const before = readFileSync(file, 'utf8');
    const { code, stderr } = await runInProcess(['risk', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'uncertainty.correlations[0].between[1]: no input 7: inputs has 7 entries (indices 0 to 6) (got 7)',
    );
    expect(stderr).toContain(
      'uncertainty.correlations[1].between: inputs 3 and 4 are both in group "drift"',
    );
    expect(stderr).toContain(
      'uncertainty.correlations[2].rho: rho must lie between -1 and 1, both excluded (got -1)',
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--suggest proposes no correlations: an empty list, the same trials as none', async () => {
    const out = join(dir, 'suggested.json');
    expect(
      (
        await runInProcess([
          'risk',
          join(ROOT, 'examples/support-team.json'),
          '--suggest',
          '-o',
          out,
        ])
      ).code,
    ).toBe(0);
    const block = JSON.parse(readFileSync(out, 'utf8')).uncertainty;
    expect(block.correlations).toEqual([]);
    const parsed = parseScenarioText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    const model = riskModel(parsed.scenario);
    expect(drawInputValues(model.inputs, 200, 1, 'lhs', 36, block.correlations)).toEqual(
      drawInputValues(model.inputs, 200, 1, 'lhs', 36),
    );
  });
});
