import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { applyCalibratedRanges } from '../../src/reconcile/ranges-apply';
import type { CalibratedRanges } from '../../src/reconcile/ranges-fit';
import { parseScenario } from '../../src/scenario/load';
import { runInProcess } from '../cli/run-cli';

// `reconcile --apply-to S --option N --ranges` (DOMAIN.md "As ranges"): a hand-built export whose
// fit the test computes on its own, by the normal equations and sigma^2 (X'X)^-1.

const dir = mkdtempSync(join(tmpdir(), 'crossover-ranges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** month, contacts, buyer's outcomes (closed), vendor's billed; March bills nothing: a gap. */
const MONTHS: [string, number, number, number][] = [
  ['2025-01', 1000, 400, 520],
  ['2025-02', 1000, 410, 560],
  ['2025-03', 900, 380, 0],
  ['2025-04', 1100, 450, 640],
  ['2025-05', 1000, 420, 600],
  ['2025-06', 1050, 430, 650],
];

function exportCsv(months: typeof MONTHS): string {
  const rows = ['contact_id,period,status,vendor_billed'];
  let id = 0;
  for (const [month, contacts, buyer, vendor] of months)
    for (let i = 0; i < contacts; i++)
      rows.push(`${++id},${month}-15,${i < buyer ? 'closed' : 'open'},${i < vendor ? 1 : 0}`);
  return `${rows.join('\n')}\n`;
}

function writeExport(name: string, months: typeof MONTHS): string {
  const path = join(dir, name);
  writeFileSync(path, exportCsv(months));
  return path;
}

/** OLS of ln(vendor / buyer) on t by the normal equations, independent of the project's fit. */
function handFit(months: typeof MONTHS) {
  const usable = months
    .map(([month, , buyer, vendor]) => ({ month: Number(month.slice(5)), buyer, vendor }))
    .filter((m) => m.vendor > 0 && m.buyer > 0);
  const t = usable.map((m) => (m.month - usable[0].month) / 12);
  const y = usable.map((m) => Math.log(m.vendor / m.buyer));
  const n = t.length;
  const [s1, st, stt] = [n, t.reduce((a, b) => a + b), t.reduce((a, b) => a + b * b, 0)];
  const [sy, sty] = [y.reduce((a, b) => a + b), t.reduce((a, ti, i) => a + ti * y[i], 0)];
  const det = s1 * stt - st * st;
  const a = (stt * sy - st * sty) / det;
  const b = (s1 * sty - st * sy) / det;
  const rss = y.reduce((s, yi, i) => s + (yi - a - b * t[i]) ** 2, 0);
  const s2 = rss / (n - 2);
  // sigma^2 (X'X)^-1, X'X = [[n, st], [st, stt]]
  const [varA, varB, cov] = [(s2 * stt) / det, (s2 * s1) / det, (-s2 * st) / det];
  const k0 = Math.exp(a);
  const d = Math.exp(b) - 1;
  const contacts = months.reduce((s, m) => s + m[1], 0);
  const r = months.reduce((s, m) => s + m[2], 0) / contacts;
  return {
    n,
    k0: { mean: k0, sd: k0 * Math.sqrt(varA) },
    d: { mean: d, sd: (1 + d) * Math.sqrt(varB) },
    rho: cov / Math.sqrt(varA * varB),
    r: { mean: r, sd: Math.sqrt((r * (1 - r)) / contacts) },
  };
}

const six = (value: number) => Number(value.toPrecision(6));

function scenarioCopy(name: string, from = 'examples/support-team-ranges.json'): string {
  const path = join(dir, name);
  copyFileSync(from, path);
  return path;
}

const reconcile = (events: string, ...rest: string[]) =>
  runInProcess([
    'reconcile',
    events,
    ...['--definition', 'status == "closed"', '--price', '0.99'],
    ...rest,
  ]);

const OPTION = 'Per resolution';
type Input = { option?: string; field: string; dist: string; mean?: number; sd?: number };

describe('reconcile --ranges on a hand-built export', () => {
  const events = writeExport('pilot.csv', MONTHS);
  const expected = handFit(MONTHS);

  it('the export is what the test meant: five usable months around a gap', () => {
    expect(expected.n).toBe(5);
    expect(expected.rho).toBeLessThan(0);
  });

  it('writes the means, sds and correlation of the fit (6 significant digits); SCENARIO untouched', async () => {
    const scenario = scenarioCopy('ranged.json');
    const before = readFileSync(scenario, 'utf8');
    const out = join(dir, 'ranged.out.json');
    const { code, stdout, stderr } = await reconcile(
      events,
      ...['--apply-to', scenario, '--option', OPTION, '--ranges', '--out', out],
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(scenario, 'utf8')).toBe(before);
    const copy = JSON.parse(readFileSync(out, 'utf8'));
    const inputs = copy.uncertainty.inputs as Input[];
    const original = JSON.parse(before).uncertainty.inputs as Input[];
    const at = (field: string) => inputs.findIndex((i) => i.option === OPTION && i.field === field);
    // the scenario ranged this bid's drift at index 3: the pilot's range keeps that index
    expect(original[3]).toMatchObject({ option: OPTION, field: 'overcount.driftAnnual' });
    expect(at('overcount.driftAnnual')).toBe(3);
    expect(inputs[3]).toEqual({
      option: OPTION,
      field: 'overcount.driftAnnual',
      dist: 'normal',
      mean: six(expected.d.mean),
      sd: six(expected.d.sd),
    });
    expect(inputs[at('overcount.initialRatio')]).toMatchObject({
      dist: 'normal',
      mean: six(expected.k0.mean),
      sd: six(expected.k0.sd),
    });
    expect(inputs[at('resolutionRate')]).toMatchObject({
      dist: 'normal',
      mean: six(expected.r.mean),
      sd: six(expected.r.sd),
    });
    expect(inputs.length).toBe(original.length + 2);
    expect(copy.uncertainty.correlations).toEqual([
      { between: [at('overcount.initialRatio'), 3], rho: six(expected.rho) },
    ]);
    // the bid's points are the means
    const bid = copy.options[1];
    expect(bid.overcount).toEqual({
      initialRatio: six(expected.k0.mean),
      driftAnnual: six(expected.d.mean),
    });
    expect(bid.resolutionRate).toBe(six(expected.r.mean));
    expect(parseScenario(copy).ok).toBe(true);
    expect(stdout).toContain(`Wrote ${out}: option "${OPTION}" now carries the pilot as ranges`);
    expect(stdout).toContain(`${scenario} is unchanged.`);
    expect(stdout).toContain(
      `uncertainty.inputs[3] overcount.driftAnnual: normal, mean ${six(expected.d.mean)}, sd ${six(expected.d.sd)} (fit of 5 months), replacing pert(low 0.05, mode 0.18, high 0.3) (it leaves its group "drift")`,
    );
    expect(stdout).toContain('drift cannot be told from 5 months');
    expect(stdout).toContain('Demand is not calibrated');

    // crossover risk runs on the copy and sees the correlation
    const risk = await runInProcess(['risk', out]);
    expect(risk.code).toBe(0);
    expect(risk.stdout).toContain('Correlations: 1 pair of ranges move together');
    expect(risk.stdout).toContain("Per resolution's overcount ratio (initial)");
  });

  it('--json carries what it wrote and what it could not tell', async () => {
    const scenario = scenarioCopy('json.json');
    const { code, stdout } = await reconcile(
      events,
      ...['--apply-to', scenario, '--option', OPTION, '--ranges', '--json'],
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.written).toBe(join(dir, 'json.reconciled.json'));
    expect(json.ranges.ranges.map((r: { field: string }) => r.field)).toEqual([
      'overcount.initialRatio',
      'overcount.driftAnnual',
      'resolutionRate',
    ]);
    expect(json.ranges.correlation.rho).toBe(six(expected.rho));
    expect(json.ranges.createdBlock).toBe(false);
    expect(json.ranges.cannotTell[0]).toMatch(/^driftAnnual as a point: drift cannot be told/);
  });

  it('drops a correlation naming a replaced input, says so, and keeps the others', async () => {
    const scenario = join(dir, 'correlated.json');
    const document = JSON.parse(readFileSync('examples/support-team-ranges.json', 'utf8'));
    document.uncertainty.correlations = [
      { between: [3, 5], rho: 0.4 },
      { between: [0, 6], rho: 0.3 },
    ];
    writeFileSync(scenario, JSON.stringify(document, null, 2));
    const out = join(dir, 'correlated.out.json');
    const { code, stdout } = await reconcile(
      events,
      ...['--apply-to', scenario, '--option', OPTION, '--ranges', '--out', out],
    );
    expect(code).toBe(0);
    const copy = JSON.parse(readFileSync(out, 'utf8'));
    expect(copy.uncertainty.correlations).toEqual([
      { between: [0, 6], rho: 0.3 },
      { between: [7, 3], rho: six(expected.rho) },
    ]);
    expect(stdout).toContain(
      "Dropped the scenario's uncertainty.correlations[0] (inputs 3 and 5, rho 0.4): it named inputs[3], which the pilot replaces.",
    );
  });

  it('creates the uncertainty block with its defaults when the scenario has none', async () => {
    const scenario = scenarioCopy('plain.json', 'examples/support-team.json');
    const { code, stdout } = await reconcile(
      events,
      ...['--apply-to', scenario, '--option', OPTION, '--ranges'],
    );
    expect(code).toBe(0);
    const copy = JSON.parse(readFileSync(join(dir, 'plain.reconciled.json'), 'utf8'));
    expect(copy.uncertainty).toMatchObject({ trials: 10000, seed: 1, sampling: 'lhs' });
    expect(copy.uncertainty.inputs.map((i: Input) => i.field)).toEqual([
      'overcount.initialRatio',
      'overcount.driftAnnual',
      'resolutionRate',
    ]);
    expect(copy.uncertainty.correlations).toEqual([{ between: [0, 1], rho: six(expected.rho) }]);
    expect(stdout).toContain('The scenario had no uncertainty block');
  });

  it('refuses fewer than 3 usable months, and --ranges without --apply-to', async () => {
    const short = writeExport('short.csv', MONTHS.slice(0, 3));
    const scenario = scenarioCopy('short.json');
    const few = await reconcile(short, ...['--apply-to', scenario, '--option', OPTION, '--ranges']);
    expect(few.code).toBe(2);
    expect(few.stderr).toContain(
      '--ranges: estimating drift needs at least 3 months with both counts above zero, got 2',
    );
    const alone = await reconcile(events, '--ranges');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--ranges needs --apply-to SCENARIO --option NAME');
  });
});

describe('applyCalibratedRanges: an sd of 0 is a point', () => {
  const document = JSON.parse(readFileSync('examples/support-team-ranges.json', 'utf8'));
  document.uncertainty.inputs.push({
    option: OPTION,
    field: 'resolutionRate',
    dist: 'uniform',
    low: 0.4,
    high: 0.6,
  });
  document.uncertainty.correlations = [
    { between: [7, 0], rho: 0.2 },
    { between: [6, 0], rho: 0.1 },
  ];
  const calibrated: CalibratedRanges = {
    initialRatio: { mean: 1.2, sd: 0.05 },
    driftAnnual: { mean: 0.1, sd: 0.2 },
    rho: -0.5,
    resolutionRate: { mean: 1, sd: 0 },
    monthsUsed: 4,
    outcomes: 100,
    contacts: 100,
  };

  it('writes the point, removes the input on it, and renumbers the correlations', () => {
    const { document: copy, report } = applyCalibratedRanges(document, OPTION, calibrated);
    const inputs = (copy.uncertainty as { inputs: Input[] }).inputs;
    expect(inputs.some((i) => i.option === OPTION && i.field === 'resolutionRate')).toBe(false);
    expect((copy.options as { resolutionRate: number }[])[1].resolutionRate).toBe(1);
    expect(report.points).toEqual([
      { field: 'resolutionRate', value: 1, removed: 'uniform(low 0.4, high 0.6)' },
    ]);
    expect(report.droppedCorrelations).toEqual([{ index: 0, between: [7, 0], rho: 0.2, named: 7 }]);
    // inputs[7] went: the appended k0 range takes index 7, the drift keeps 3
    expect((copy.uncertainty as { correlations: unknown }).correlations).toEqual([
      { between: [6, 0], rho: 0.1 },
      { between: [7, 3], rho: -0.5 },
    ]);
    expect(report.ranges.map((r) => [r.field, r.index])).toEqual([
      ['overcount.initialRatio', 7],
      ['overcount.driftAnnual', 3],
    ]);
  });
});

describe('docs/reconcile.md "As ranges" recalculates', () => {
  /** The lines of the fenced block of reconcile.md that holds `marker`, but commands and `...`. */
  function docLines(marker: string): string[] {
    const blocks = readFileSync('docs/reconcile.md', 'utf8').split(/^```[a-z]*\n/m);
    const block = blocks.filter((_, i) => i % 2 === 1).find((b) => b.includes(marker));
    if (!block) throw new Error(`no block in docs/reconcile.md holds ${marker}`);
    return block
      .split('\n')
      .filter((line) => line !== '' && line !== '...' && !/^(\$ | {4})/.test(line));
  }

  it('the first quarter of the example as ranges, and risk on the copy', async () => {
    const [header, ...rows] = readFileSync('examples/events/support-desk.csv', 'utf8')
      .trimEnd()
      .split('\n');
    const quarter = join(dir, 'first-quarter.csv');
    writeFileSync(
      quarter,
      `${[header, ...rows.filter((r) => r.split(',')[1] < '2025-04')].join('\n')}\n`,
    );
    const scenario = scenarioCopy('support-team-ranges.json');
    const { code, stdout } = await runInProcess([
      'reconcile',
      quarter,
      ...['--definition', GENERATOR_DEFINITION, '--price', '0.99'],
      ...['--apply-to', scenario, '--option', OPTION, '--ranges'],
    ]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const here = (line: string) =>
      line.split('examples/support-team-ranges').join(join(dir, 'support-team-ranges'));
    for (const line of docLines('now carries the pilot as ranges'))
      expect(lines, line).toContain(here(line));
    const risk = await runInProcess(['risk', join(dir, 'support-team-ranges.reconciled.json')]);
    const riskLines = risk.stdout.split('\n');
    for (const line of docLines('1 pair of ranges move together'))
      expect(riskLines, line).toContain(line);
    expect(risk.stdout).toContain('Probability the recommendation holds: 95.1%');
  });
});
