import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { presetDefinition } from '../../src/reconcile/presets/preset-names';
import { VENDOR_PRESETS } from '../../src/reconcile/presets/vendor-presets';
import { runInProcess } from '../cli/run-cli';

// Each preset on a small export written to the vendor's documented layout
// (examples/events/presets/), reconciled in process and in DuckDB. The expected counts are
// worked out by hand, row by row, from the vendor's documented counting rule (the comments
// name the rows) and the buyer's definition written in the vendor's own column names.

const dir = mkdtempSync(join(tmpdir(), 'crossover-presets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  preset: string;
  definition: string;
  /** per month: contacts, vendor, buyer, both */
  months: [string, number, number, number, number][];
  vendorCount: Record<string, string>;
}

const CASES: Case[] = [
  {
    preset: 'intercom',
    // Fin's resolution, but only when the customer never came back and did not rate it below 4
    definition:
      'ai_agent_participated == true and ai_agent.resolution_state in ("assumed_resolution", "confirmed_resolution") and statistics.count_reopens == 0 and (isblank(ai_agent.rating) or ai_agent.rating >= 4)',
    months: [
      // January: vendor rows 1, 2, 3, 4, 8, 9 (assumed or confirmed); buyer 1, 2, 9 (3 and 8
      // reopened, 4 rated 2); row 10 is 2025-01-31 23:30 at -05:00, in February UTC
      ['2025-01', 9, 6, 3, 3],
      // February: vendor 10, 11, 13, 15, 16; buyer 10, 11, 15 (13 rated 3, 16 reopened)
      ['2025-02', 7, 5, 3, 3],
    ],
    vendorCount: {
      from: 'vendor rule',
      rule: 'ai_agent_participated == true and ai_agent_resolution_state in ("assumed_resolution", "confirmed_resolution")',
    },
  },
  {
    preset: 'zendesk',
    definition:
      'automated_resolution == true and not isblank(solved_at) and reopens == 0 and score != "bad"',
    months: [
      // January: automated resolutions 5001, 5002, 5003, 5004, 5006; buyer 5001, 5006 (5002
      // reopened, 5003 rated bad, 5004 never solved)
      ['2025-01', 7, 5, 2, 2],
      // February: automated 5008, 5009, 5010, 5012; buyer 5008, 5010, 5012 (5009 reopened twice)
      ['2025-02', 5, 4, 3, 3],
    ],
    vendorCount: { from: 'billed flag', column: 'automated_resolution' },
  },
  {
    preset: 'agentforce',
    definition: 'AiAgentSessionEndType == "resolved" and (isblank(csat) or csat >= 4)',
    months: [
      // January: resolved sessions AAA1, AAA2, AAA5; buyer AAA1, AAA5 (AAA2 rated 2)
      ['2025-01', 6, 3, 2, 2],
      // February: resolved AAA7, AAA8, AAB0; buyer AAA7 (AAA8 rated 1, AAB0 rated 3)
      ['2025-02', 4, 3, 1, 1],
    ],
    vendorCount: { from: 'vendor rule', rule: 'AiAgentSessionEndType == "resolved"' },
  },
];

const file = (preset: string) => `examples/events/presets/${preset}.csv`;

describe('reconcile --preset reads the vendors own exports', () => {
  for (const c of CASES)
    it.each(['js', 'duckdb'])(
      `${c.preset} on %s: the counts its documentation implies`,
      async (engine) => {
        const { code, stdout, stderr } = await runInProcess([
          'reconcile',
          file(c.preset),
          ...['--preset', c.preset, '--definition', c.definition, '--price', '1'],
          ...['--engine', engine, '--json'],
        ]);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        const json = JSON.parse(stdout) as {
          periodColumn: string;
          vendorCount: Record<string, string>;
          months: {
            month: string;
            contacts: number;
            vendorCount: number;
            buyerCount: number;
            both: number;
          }[];
        };
        expect(json.periodColumn).toBe(VENDOR_PRESETS[c.preset as 'intercom'].periodColumn);
        expect(json.vendorCount).toEqual(c.vendorCount);
        expect(
          json.months.map((m) => [m.month, m.contacts, m.vendorCount, m.buyerCount, m.both]),
        ).toEqual(c.months);
      },
    );

  it.each(CASES.map((c) => c.preset))(
    '%s: every preset column is in its sample export',
    (preset) => {
      const header = readFileSync(file(preset), 'utf8').split('\n')[0].split(',');
      for (const column of VENDOR_PRESETS[preset as 'intercom'].columns)
        expect(header).toContain(column);
    },
  );

  it('a file missing a preset column is an input error naming the column and the preset', async () => {
    const [header, ...rows] = readFileSync(file('intercom'), 'utf8').trimEnd().split('\n');
    const columns = header.split(',');
    const drop = columns.indexOf('statistics.count_reopens');
    const cut = (line: string) =>
      line
        .split(',')
        .filter((_, i) => i !== drop)
        .join(',');
    const path = join(dir, 'no-reopens.csv');
    writeFileSync(path, `${[header, ...rows].map(cut).join('\n')}\n`);
    for (const engine of ['js', 'duckdb']) {
      const { code, stderr } = await runInProcess([
        'reconcile',
        path,
        ...['--preset', 'intercom', '--definition', 'true', '--price', '1', '--engine', engine],
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain('the intercom preset needs the column "statistics.count_reopens"');
      expect(stderr).toContain(path);
    }
  });

  it('an unknown preset names the choices', async () => {
    const { code, stderr } = await runInProcess([
      'reconcile',
      file('intercom'),
      ...['--preset', 'freshdesk', '--definition', 'true', '--price', '1'],
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--preset must be one of intercom, zendesk, agentforce, got "freshdesk"',
    );
  });

  it('what the user gives wins over the preset: --vendor-definition and --period', async () => {
    const { stdout } = await runInProcess([
      'reconcile',
      file('intercom'),
      ...['--preset', 'intercom', '--definition', 'true', '--price', '1', '--json'],
      ...['--vendor-definition', 'ai_agent.resolution_state == "confirmed_resolution"'],
    ]);
    const json = JSON.parse(stdout) as { months: { vendorCount: number }[] };
    // confirmed: rows 1 and 8 in January; 10 and 15 in February
    expect(json.months.map((m) => m.vendorCount)).toEqual([2, 2]);
  });
});

describe('dotted vendor names in a definition', () => {
  const intercom = VENDOR_PRESETS.intercom;
  it('become the names the definition language gives those columns', () => {
    expect(
      presetDefinition('ai_agent.rating >= 4 and statistics.count_reopens == 0', intercom),
    ).toBe('ai_agent_rating >= 4 and statistics_count_reopens == 0');
  });
  it('are left alone inside text literals, and only whole names are replaced', () => {
    expect(presetDefinition('ai_agent.resolution_state == "ai_agent.rating"', intercom)).toBe(
      'ai_agent_resolution_state == "ai_agent.rating"',
    );
    expect(presetDefinition('x.ai_agent.rating2 == 1 or my_ai_agent.rating == 2', intercom)).toBe(
      'x.ai_agent.rating2 == 1 or my_ai_agent.rating == 2',
    );
  });
});
