import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { driftVerdict } from '../../src/reconcile/drift-verdict';
import { estimateDrift } from '../../src/reconcile/estimate-drift';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { runInProcess } from '../cli/run-cli';

// `reconcile --apply-to` writes k0 always and the drift only when DOMAIN.md's rules allow;
// otherwise the bid keeps its drift and the text, stderr and --json say why.

const EVENTS = 'examples/events/support-desk.csv';
const dir = mkdtempSync(join(tmpdir(), 'crossover-reconcile-drift-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example export cut to its first `months` months. */
function firstMonths(months: number): string {
  const [header, ...rows] = readFileSync(EVENTS, 'utf8').trimEnd().split('\n');
  const kept = rows.filter((r) => Number(r.split(',')[1].slice(5, 7)) <= months);
  const path = join(dir, `first-${months}.csv`);
  writeFileSync(path, `${[header, ...kept].join('\n')}\n`);
  return path;
}

function scenarioCopy(name: string): string {
  const path = join(dir, name);
  copyFileSync('examples/support-team.json', path);
  return path;
}

const reconcile = (events: string, ...rest: string[]) =>
  runInProcess([
    'reconcile',
    events,
    ...['--definition', GENERATOR_DEFINITION, '--price', '0.99'],
    ...rest,
  ]);

describe('reconcile --apply-to: what three months can and cannot tell', () => {
  const events = firstMonths(3);
  const counts = reconcileCsvText(
    readFileSync(events, 'utf8'),
    events,
    reconcileSettings({ definition: GENERATOR_DEFINITION, price: 0.99 }),
  ).counts;
  const estimate = estimateDrift(counts);
  const reason = driftVerdict(estimate).driftReason!;

  it('the example cut to three months fits a drift it cannot tell', () => {
    expect(estimate.n).toBe(3);
    expect(reason).toMatch(/^drift cannot be told from 3 months: 95% interval -\d+% to \+[\d,]+%$/);
  });

  it('writes k0 into the copy, keeps the bid its drift, and says why in the text and on stderr', async () => {
    const scenario = scenarioCopy('three.json');
    const { code, stdout, stderr } = await reconcile(
      events,
      ...['--apply-to', scenario, '--option', 'Per resolution'],
    );
    expect(code).toBe(0);
    const written = join(dir, 'three.reconciled.json');
    const copy = JSON.parse(readFileSync(written, 'utf8'));
    expect(copy.options[1].overcount).toEqual({
      initialRatio: Number(estimate.initialRatio.toPrecision(6)),
      driftAnnual: 0.18,
    });
    const sentence = `${reason[0].toUpperCase()}${reason.slice(1)}.`;
    expect(stdout).toContain(`\n${sentence}\n`);
    expect(stdout).toContain(
      `Wrote ${written}: option "Per resolution" now has overcount.initialRatio ${estimate.initialRatio.toPrecision(6)}; its driftAnnual 0.18 is kept: ${reason}; ${scenario} is unchanged.`,
    );
    expect(stderr).toBe(
      `warning: options[1] ("Per resolution").overcount.driftAnnual: a measured drift not applied (${reason}); the bid keeps its own\n`,
    );
  });

  it('--json says driftApplied: false and the reason', async () => {
    const scenario = scenarioCopy('three-json.json');
    const { code, stdout } = await reconcile(
      events,
      ...['--json', '--apply-to', scenario, '--option', 'Per resolution'],
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.driftApplied).toBe(false);
    expect(json.driftReason).toBe(reason);
    expect(json.drift.n).toBe(3);
    for (const key of ['seA', 'seB', 'covAB', 'tMean', 'sxx', 'sigma'])
      expect(json.drift[key]).toBe(estimate[key as keyof typeof estimate]);
    expect(json.written).toBe(join(dir, 'three-json.reconciled.json'));
  });

  it('a bid without its own drift keeps the default, and the sentence says so', async () => {
    const scenario = join(dir, 'no-drift.json');
    const document = JSON.parse(readFileSync('examples/support-team.json', 'utf8'));
    delete document.options[1].overcount.driftAnnual;
    writeFileSync(scenario, JSON.stringify(document));
    const { stdout } = await reconcile(
      events,
      ...['--apply-to', scenario, '--option', 'Per resolution'],
    );
    expect(stdout).toContain('; its driftAnnual 0 (the default) is kept: drift cannot be told');
    const copy = JSON.parse(readFileSync(join(dir, 'no-drift.reconciled.json'), 'utf8'));
    expect(copy.options[1].overcount).toEqual({
      initialRatio: Number(estimate.initialRatio.toPrecision(6)),
    });
  });
});

describe('reconcile --apply-to: twelve months tell the drift', () => {
  it('writes k0 and D, with driftApplied: true and no reason, and no warning', async () => {
    const scenario = scenarioCopy('twelve.json');
    const { code, stdout, stderr } = await reconcile(
      EVENTS,
      ...['--json', '--apply-to', scenario, '--option', 'Per resolution'],
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(json.driftApplied).toBe(true);
    expect(json.driftReason).toBeNull();
    const copy = JSON.parse(readFileSync(join(dir, 'twelve.reconciled.json'), 'utf8'));
    expect(copy.options[1].overcount).toEqual({
      initialRatio: Number(json.drift.initialRatio.toPrecision(6)),
      driftAnnual: Number(json.drift.driftAnnual.toPrecision(6)),
    });
  });

  it('without --apply-to the text still says when a drift cannot be told, and nothing on stderr', async () => {
    const { stdout, stderr } = await reconcile(firstMonths(5));
    expect(stdout).toMatch(/\nDrift cannot be told from 5 months: 95% interval .*%\.\n/);
    expect(stderr).toBe('');
    const { stdout: json } = await reconcile(firstMonths(5), '--json');
    expect(JSON.parse(json)).toMatchObject({ driftApplied: false, written: null });
  });

  it('two months: no fit, so --apply-to is refused and nothing is written', async () => {
    const scenario = scenarioCopy('two.json');
    const { code, stderr } = await reconcile(
      firstMonths(2),
      ...['--apply-to', scenario, '--option', 'Per resolution'],
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'estimating drift needs at least 3 months with both counts above zero, got 2',
    );
    const { stdout } = await reconcile(firstMonths(2), '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      drift: null,
      driftApplied: false,
      driftReason: 'estimating drift needs at least 3 months with both counts above zero, got 2',
    });
  });
});
