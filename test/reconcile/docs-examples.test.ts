import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { runInProcess } from '../cli/run-cli';

// The examples docs/reconcile.md and docs/commands.md print are what the commands print: every
// line a block shows (other than the command and the `...` that stands for lines left out)
// is a line of the output.

const EVENTS = 'examples/events/support-desk.csv';
const dir = mkdtempSync(join(tmpdir(), 'crossover-reconcile-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of the fenced block of a doc whose text contains `marker`, without its fences. */
function docBlock(path: string, marker: string): string[] {
  const blocks = readFileSync(path, 'utf8').split(/^```[a-z]*\n/m);
  const block = blocks.filter((_, i) => i % 2 === 1).find((b) => b.includes(marker));
  if (!block) throw new Error(`no block in ${path} holds ${marker}`);
  return block.split('\n').filter((line) => line !== '');
}

/** The block's output lines: not the command (`$ ...` and its continuations), not `...`. */
function shown(lines: string[]): string[] {
  const out: string[] = [];
  let command = false;
  for (const line of lines) {
    if (line.startsWith('$ ')) command = line.endsWith('\\');
    else if (command) command = line.endsWith('\\');
    else if (line !== '...') out.push(line);
  }
  return out;
}

function expectShown(doc: string[], output: string) {
  const lines = output.split('\n');
  for (const line of shown(doc)) expect(lines, line).toContain(line);
}

const reconcile = (events: string, ...rest: string[]) =>
  runInProcess(['reconcile', events, '--definition', GENERATOR_DEFINITION, ...rest]);

describe('docs/reconcile.md recalculates', () => {
  it('the worked example: the monthly table, the summary and the measured overcount', async () => {
    const { stdout } = await reconcile(EVENTS, '--price', '0.99', '--tolerance', '0.5');
    expectShown(docBlock('docs/reconcile.md', 'month    contacts  vendor'), stdout);
    expectShown(docBlock('docs/commands.md', 'month    contacts  vendor'), stdout);
    expectShown(docBlock('docs/reconcile.md', 'clause (billed, not outcome)'), stdout);
    expectShown(docBlock('README.md', "the buyer's definition finds 27,000"), stdout);
  });

  it('--apply-to with twelve months writes k0 and the drift', async () => {
    const scenario = join(dir, 'support-team.json');
    copyFileSync('examples/support-team.json', scenario);
    const { stdout } = await reconcile(
      EVENTS,
      ...['--price', '0.99', '--apply-to', scenario, '--option', 'Per resolution'],
    );
    const doc = docBlock('docs/reconcile.md', 'driftAnnual 0.250241').map((line) =>
      line.split('examples/support-team').join(join(dir, 'support-team')),
    );
    expectShown(doc, stdout);
  });

  it('--apply-to with three months keeps the bid its drift, and says why', async () => {
    const [header, ...rows] = readFileSync(EVENTS, 'utf8').trimEnd().split('\n');
    const quarter = join(dir, 'first-quarter.csv');
    writeFileSync(
      quarter,
      `${[header, ...rows.filter((r) => r.split(',')[1] < '2025-04')].join('\n')}\n`,
    );
    const scenario = join(dir, 'quarter', 'support-team.json');
    mkdirSync(join(dir, 'quarter'));
    copyFileSync('examples/support-team.json', scenario);
    const { stdout, stderr } = await reconcile(
      quarter,
      ...['--price', '0.99', '--apply-to', scenario, '--option', 'Per resolution'],
    );
    const paths = (line: string) =>
      line.split('examples/support-team').join(join(dir, 'quarter', 'support-team'));
    expectShown(
      docBlock('docs/reconcile.md', 'drift cannot be told from 3 months').map(paths),
      stdout,
    );
    expectShown(docBlock('docs/reconcile.md', 'warning: options[1]'), stderr);
  });

  it('the drift alarm flags the jump of examples/events/drift-jump.csv', async () => {
    const { stdout } = await reconcile(
      'examples/events/drift-jump.csv',
      ...['--price', '0.99', '--tolerance', '0.5'],
    );
    const block = docBlock('docs/reconcile.md', 'drift-jump.csv');
    expect(block.some((line) => line.startsWith('2025-10') && line.endsWith('yes'))).toBe(true);
    expectShown(block, stdout);
    expectShown(docBlock('README.md', 'drift-jump.csv'), stdout);
  });

  it('--preset intercom on its sample export', async () => {
    const block = docBlock('docs/reconcile.md', 'presets/intercom.csv');
    const definition = /--definition '([^']+)'/.exec(block.join('\n'))![1];
    const { stdout } = await runInProcess([
      'reconcile',
      'examples/events/presets/intercom.csv',
      ...['--preset', 'intercom', '--price', '0.99', '--definition', definition],
    ]);
    expectShown(block, stdout);
  });

  it('the vendor rule beside the billed flag', async () => {
    const { stdout } = await reconcile(
      EVENTS,
      ...['--price', '0.99', '--vendor-definition', 'status == "closed"'],
    );
    expectShown(docBlock('docs/reconcile.md', "The vendor's stated rule"), stdout);
  });

  it('the printed SQL for BigQuery and for PostgreSQL', async () => {
    const bigquery = await runInProcess([
      ...['sql', '--dialect', 'bigquery', '--table', 'support.events'],
      ...['--definition', GENERATOR_DEFINITION],
    ]);
    expect(bigquery.stdout).toBe(
      `${shown(docBlock('docs/reconcile.md', 'npx crossover sql --dialect bigquery')).join('\n')}\n`,
    );
    const postgres = await runInProcess([
      ...['sql', '--dialect', 'postgres'],
      ...['--definition', 'status == "closed" and csat >= 4'],
    ]);
    const doc = docBlock('docs/commands.md', 'crossover sql --dialect postgres').slice(1);
    expect(postgres.stdout).toBe(`${doc.join('\n')}\n`);
    expectShown(docBlock('README.md', 'crossover sql --dialect postgres'), postgres.stdout);
  });
});
