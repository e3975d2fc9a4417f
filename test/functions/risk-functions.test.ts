import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FunctionError } from '../../functions/errors';
import {
  contribution,
  probability,
  simulate,
  switchValue,
  tornadoTable,
} from '../../functions/risk';
import { parseScenarioText } from '../../src/scenario/load';
import { riskReport } from '../../src/uncertainty/risk-report';
import { runInProcess } from '../cli/run-cli';
import { DOCS_RISK_SCENARIO } from './docs-examples';

const scenario = parseScenarioText(DOCS_RISK_SCENARIO);
if (!scenario.ok) throw new Error('docs risk scenario invalid');
const report = riskReport(scenario.scenario);

describe('the risk functions', () => {
  it("give the engine's tornado, switch values and simulation", () => {
    // each cell under its header (docs/functions.md) is the report's field of that name
    const [header, ...rows] = tornadoTable(DOCS_RISK_SCENARIO) as (string | number)[][];
    const named = rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
    expect(report.tornado.map((r) => ({ ...r, option: r.option ?? '' }))).toMatchObject(named);
    expect(switchValue(DOCS_RISK_SCENARIO, 'vendor', 'charges.price')).toBe(
      report.switchValues[0].value,
    );
    const sim = simulate(DOCS_RISK_SCENARIO) as (string | number)[][];
    expect(sim.slice(1).map((r) => r[1])).toEqual(
      report.simulation.options.map((o) => o.probabilityFirst),
    );
    expect(sim[1][6]).toBe(report.simulation.options[0].npv.p50);
    expect(probability(DOCS_RISK_SCENARIO, 'Build')).toBe(
      report.simulation.options[1].probabilityFirst,
    );
  });

  it("the same file and seed give the CLI's numbers", async () => {
    const file = `${process.cwd()}/.tmp/docs-risk-${process.pid}.json`;
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync('.tmp', { recursive: true });
    writeFileSync(file, DOCS_RISK_SCENARIO);
    const cli = JSON.parse(
      (await runInProcess(['risk', file, '--json', '--trials', '5000', '--seed', '7'])).stdout,
    );
    const sim = simulate(DOCS_RISK_SCENARIO, 'npv', 5000, 7) as (string | number)[][];
    cli.simulation.options.forEach((o: any, i: number) => {
      expect(sim[i + 1].slice(1)).toEqual([
        o.probabilityFirst,
        o.npv.mean,
        o.npv.sd,
        o.npv.p5,
        o.npv.p10,
        o.npv.p50,
        o.npv.p90,
        o.npv.p95,
      ]);
    });
    expect(readFileSync(file, 'utf8')).toBe(DOCS_RISK_SCENARIO);
  });

  it('runs in slices when Excel passes an invocation, with the same result, and stops when cancelled', async () => {
    const invocation = { onCanceled: () => {} };
    const pending = simulate(DOCS_RISK_SCENARIO, 'totalCost', 20000, 3, invocation);
    expect(pending).toBeInstanceOf(Promise);
    const sliced = await pending;
    expect(sliced).toEqual(simulate(DOCS_RISK_SCENARIO, 'totalCost', 20000, 3));

    const cancelled = { onCanceled: () => {} };
    const running = simulate(DOCS_RISK_SCENARIO, 'npv', 40000, 11, cancelled) as Promise<unknown>;
    cancelled.onCanceled();
    const outcome = await running;
    expect(outcome).toBeInstanceOf(FunctionError);
    expect((outcome as FunctionError).message).toMatch(/cancelled/);
  });

  it('name what is wrong', () => {
    const noRanges = JSON.stringify({ ...JSON.parse(DOCS_RISK_SCENARIO), uncertainty: undefined });
    expect((tornadoTable(noRanges) as FunctionError).message).toMatch(/no uncertainty block/);
    expect(
      (switchValue(DOCS_RISK_SCENARIO, 'Vendor', 'resolutionRate') as FunctionError).message,
    ).toMatch(/not a ranged input.*Vendor: charges.price/);
    expect(
      (switchValue(DOCS_RISK_SCENARIO, '', 'demand.contactsPerMonth') as FunctionError).kind,
    ).toBe('na');
    expect((simulate(DOCS_RISK_SCENARIO, 'irr') as FunctionError).message).toMatch(
      /metric must be/,
    );
    expect((simulate(DOCS_RISK_SCENARIO, 'npv', 50) as FunctionError).message).toMatch(
      /trials must be at least 100/,
    );
    expect((probability(DOCS_RISK_SCENARIO, 'Nobody') as FunctionError).kind).toBe('value');
  });

  it("CONTRIBUTION spills the engine's contributions, correlations included, as the CLI's --json", async () => {
    const [header, ...rows] = contribution(DOCS_RISK_SCENARIO) as (string | number)[][];
    expect(header).toEqual(['option', 'field', 'rankCorrelation', 'contribution']);
    const named = rows.map((row) =>
      Object.fromEntries(header.map((h, i) => [h as string, row[i]])),
    );
    expect(named).toEqual(
      report.contributions.map(({ option, field, rankCorrelation, contribution: c }) => ({
        option: option ?? '',
        field,
        rankCorrelation,
        contribution: c,
      })),
    );
    // with correlations: the same trials as crossover risk for the same file and seed
    const correlated = JSON.parse(DOCS_RISK_SCENARIO);
    correlated.uncertainty.correlations = [{ between: [0, 2], rho: 0.8 }];
    const text = JSON.stringify(correlated);
    const file = `${process.cwd()}/.tmp/docs-risk-correlated-${process.pid}.json`;
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync('.tmp', { recursive: true });
    writeFileSync(file, text);
    const cli = JSON.parse((await runInProcess(['risk', file, '--json'])).stdout);
    const spilled = (contribution(text) as (string | number)[][]).slice(1);
    expect(spilled).toEqual(
      cli.contributions.map((c: any) => [
        c.option ?? '',
        c.field,
        c.rankCorrelation,
        c.contribution,
      ]),
    );
    expect(spilled).not.toEqual(rows);
    expect(probability(text, 'Vendor') as number).toBe(cli.simulation.options[0].probabilityFirst);
    expect((contribution('{}') as FunctionError).kind).toBe('value');
  });
});
