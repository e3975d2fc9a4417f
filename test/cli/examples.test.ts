import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../support/close';
import { oracle } from '../support/domain-oracle';
import { ROOT, runBin, runInProcess, saturationWarnings } from './run-cli';
import { RESULT_METRICS } from '../../functions/scenario';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';

const examples = readdirSync(`${ROOT}examples`).filter((f) => f.endsWith('.json'));

describe('every example through the crossover command', () => {
  it('has at least five examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples)('%s matches the independent oracle and the reviewed figures', (file) => {
    const { code, stdout, stderr } = runBin(['run', `examples/${file}`, '--json']);
    expect(stderr).toBe(saturationWarnings(`examples/${file}`));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const scenario = JSON.parse(readFileSync(`${ROOT}examples/${file}`, 'utf8'));
    const expected = JSON.parse(readFileSync(`${ROOT}test/cli/expected/${file}`, 'utf8'));
    const independent = oracle(scenario);

    expect(out.scenario).toBe(scenario.name);
    expect(out.options.map((o: { name: string }) => o.name)).toEqual(
      scenario.options.map((o: { name: string }) => o.name),
    );
    out.options.forEach((o: Record<string, number>, i: number) => {
      expectClose(o.totalCost, independent.options[i].totalCost, 1e-9, `${o.name} totalCost`);
      expectClose(o.npv, independent.options[i].npv, 1e-9, `${o.name} npv`);
      expect(o.monthly).toHaveLength(out.horizonMonths);
      // reviewed figures, to the cent
      expect(Math.abs(o.totalCost - expected.options[i].totalCost)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(o.npv - expected.options[i].npv)).toBeLessThanOrEqual(0.005);
      expect(
        Math.abs(o.savingsVsStatusQuo - expected.options[i].savingsVsStatusQuo),
      ).toBeLessThanOrEqual(0.005);
      if (o.kind === ('switch' as unknown as number)) {
        expect(o.switchMonth).toBe(independent.options[i].switchMonth);
        expect(o.bestSwitchMonth).toBe(independent.options[i].bestSwitchMonth);
        expect(o.bestSwitchMonth).toBe(expected.options[i].bestSwitchMonth);
        expectClose(o.bestSwitchNpv, independent.options[i].bestSwitchNpv!, 1e-9, 'best NPV');
        expect(Math.abs(o.bestSwitchNpv - expected.options[i].bestSwitchNpv)).toBeLessThanOrEqual(
          0.005,
        );
      }
    });
    expect(out.ranking).toEqual(expected.ranking);
    const rounded = (v: unknown) => (v === null ? null : Math.round(v as number));
    expect(
      out.comparisons.map((c: Record<string, unknown>) => ({
        ...c,
        crossoverContactsPerMonth: rounded(c.crossoverContactsPerMonth),
        buildCheaperThroughout: rounded(c.buildCheaperThroughout),
      })),
    ).toEqual(expected.comparisons);
  });
});

describe('crossover run', () => {
  it('runs the default example without a file and prints a readable ranking', () => {
    const { code, stdout } = runBin(['run']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Support team/);
    expect(stdout).toMatch(/Total cost/);
    expect(stdout).toMatch(/\$\d{1,3}(,\d{3})+/); // money, thousands separated
    expect(stdout).toMatch(/Breakeven month/);
    expect(stdout).toMatch(/Rule of thumb/);
    expect(stdout).toMatch(/fair drift discount \d+\.\d% on the count as billed/);
    expect(stdout).toMatch(/billed outcomes above your count cost \$[\d,]+ over 36 months/);
  });

  it('shows the best switch month and what it saves, and the blended class price', async () => {
    const buy = (await runInProcess(['run', 'examples/buy-then-build.json'])).stdout;
    expect(buy).toMatch(/When to switch/);
    expect(buy).toMatch(
      /Buy then build: best month 7, NPV \$7,318,282; saves \$39,509 against the chosen month 9/,
    );
    const classes = (await runInProcess(['run', 'examples/complexity-tiered-outcomes.json']))
      .stdout;
    expect(classes).toMatch(/Per claim by complexity: \$1\.3000 -> \$1\.5587/);
    const json = JSON.parse(
      (await runInProcess(['run', 'examples/buy-then-build.json', '--json'])).stdout,
    );
    const switched = json.options.find((o: { kind: string }) => o.kind === 'switch');
    expect(Object.keys(switched)).toEqual(
      expect.arrayContaining(['switchMonth', 'bestSwitchMonth', 'bestSwitchNpv']),
    );
    expect(switched.monthly[8].exitFee).toBe(25000);
    expect(json.options[1].switchMonth).toBeUndefined();
  });

  it('prints the documented JSON shape', () => {
    const out = JSON.parse(runBin(['run', '--json']).stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['scenario', 'horizonMonths', 'options', 'comparisons', 'ranking']),
    );
    expect(Object.keys(out.options[1])).toEqual(
      // every headline figure OUTCOME.RESULT reads, but a switch option's own
      expect.arrayContaining([
        'name',
        'kind',
        ...RESULT_METRICS.filter((metric) => !/switch/i.test(metric)),
        'monthly',
      ]),
    );
    expect(Object.keys(out.options[1].monthly[0])).toEqual(
      expect.arrayContaining(['month', ...SCHEDULE_FIELDS]),
    );
    expect(Object.keys(out.comparisons[0])).toEqual(
      expect.arrayContaining(['build', 'vendor', 'breakevenMonth', 'crossoverContactsPerMonth']),
    );
    expect(
      out.options.find((o: { kind: string }) => o.kind === 'status-quo').effectivePricePerOutcome,
    ).toBeNull();
  });
});
