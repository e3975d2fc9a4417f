// DOMAIN.md "Warnings": an annual rate above 1 is valid, but most likely a percentage written as
// a number; the warning names the path (each option by index and name) and the likely reading.
import { describe, expect, it } from 'vitest';
import { formatWarning, scenarioWarnings } from '../../src/scenario/warnings';
import { parseScenario } from '../../src/scenario/load';
import { percentMistake } from '../../src/scenario/warnings';

const scenario = (fields: Record<string, unknown> = {}) => ({
  name: 'Rates',
  demand: { contactsPerMonth: 1000, growthAnnual: 0.15 },
  humanCostPerContact: 4,
  wageInflationAnnual: 0.03,
  discountRateAnnual: 0.08,
  options: [
    { kind: 'status-quo', name: 'Status quo' },
    {
      kind: 'vendor',
      name: 'B: Intercom Fin',
      resolutionRate: 0.5,
      overcount: { initialRatio: 1.2, driftAnnual: 0.18 },
      charges: {
        unit: 'outcome',
        classes: [
          { name: 'simple', share: 0.5, price: 0.5, driftAnnual: 0.1 },
          { name: 'complex', share: 0.5, price: 3, driftAnnual: 0.2 },
        ],
        escalatorAnnual: 0.05,
      },
    },
    {
      kind: 'build',
      name: 'Build',
      resolutionRate: 0.6,
      buildCost: 500000,
      buildMonths: 6,
      runFixedMonthly: 10000,
      marginalPerContact: 0.1,
      costEscalatorAnnual: 0.04,
    },
  ],
  ...fields,
});

describe('scenario warnings', () => {
  it('say nothing of rates written as shares, up to 100% a year', () => {
    const valid = parseScenario(scenario({ wageInflationAnnual: 1 }));
    expect(valid.ok).toBe(true);
    expect(scenarioWarnings(valid.ok && valid.scenario)).toEqual([]);
  });

  it('name every annual rate above 1, the option by index and name, with the likely reading', () => {
    const s = scenario({ discountRateAnnual: 8, wageInflationAnnual: 3 });
    s.demand.growthAnnual = 15;
    const vendor = s.options[1] as any;
    vendor.overcount.driftAnnual = 18;
    vendor.charges.escalatorAnnual = 5;
    vendor.charges.classes[1].driftAnnual = 1.5;
    (s.options[2] as any).costEscalatorAnnual = 4;
    const parsed = parseScenario(s);
    expect(parsed.ok).toBe(true); // a warning never blocks
    const lines = scenarioWarnings(parsed.ok && parsed.scenario).map(formatWarning);
    expect(lines).toEqual([
      'warning: demand.growthAnnual: 15 is 1,500% a year; for 15% write 0.15',
      'warning: wageInflationAnnual: 3 is 300% a year; for 3% write 0.03',
      'warning: discountRateAnnual: 8 is 800% a year; for 8% write 0.08',
      'warning: options[1] ("B: Intercom Fin").overcount.driftAnnual: 18 is 1,800% a year; for 18% write 0.18',
      'warning: options[1] ("B: Intercom Fin").charges.escalatorAnnual: 5 is 500% a year; for 5% write 0.05',
      'warning: options[1] ("B: Intercom Fin").charges.classes[1].driftAnnual: 1.5 is 150% a year; for 1.5% write 0.015',
      'warning: options[2] ("Build").costEscalatorAnnual: 4 is 400% a year; for 4% write 0.04',
    ]);
  });

  it('read a file that is not valid as far as it can (a validation lists them after its problems)', () => {
    const s = scenario({ discountRateAnnual: 8 }) as any;
    s.options[1].resolutionRate = 3; // a problem
    expect(parseScenario(s).ok).toBe(false);
    expect(scenarioWarnings(s).map((w) => w.path)).toEqual(['discountRateAnnual']);
    expect(scenarioWarnings({ options: 'none' })).toEqual([]);
    expect(scenarioWarnings(null)).toEqual([]);
  });

  it('give the reading of any rate', () => {
    expect(percentMistake(12.5)).toBe('12.5 is 1,250% a year; for 12.5% write 0.125');
    expect(percentMistake(1.2345)).toBe('1.2345 is 123.45% a year; for 1.2345% write 0.012345');
  });

  it('escape what a name could do to a terminal', () => {
    const s = scenario({ discountRateAnnual: 8 }) as any;
    s.options[1].name = 'B\u001b[31m';
    s.options[1].overcount.driftAnnual = 2;
    const lines = scenarioWarnings(s).map(formatWarning);
    expect(lines[1]).toBe(
      'warning: options[1] ("B\\u001b[31m").overcount.driftAnnual: 2 is 200% a year; for 2% write 0.02',
    );
  });
});
