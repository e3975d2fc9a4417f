/* eslint-disable no-control-regex -- the tests look for raw control characters */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { schedule, result, compare } from '../../functions/scenario';
import { FunctionError } from '../../functions/errors';
import { ROOT, runInProcess } from './run-cli';
import { namedPath } from '../support/named-path';
import { SMALL_BUILD, twelveMonths } from '../support/engine-scenario-json';

const dir = mkdtempSync(join(tmpdir(), 'crossover-hostile-'));

const scenario = (extra: Record<string, unknown> = {}) =>
  twelveMonths(
    'hostile',
    [
      {
        kind: 'vendor',
        name: 'V',
        resolutionRate: 0.5,
        overcount: { initialRatio: 1.1, driftAnnual: 0.1 },
        charges: {
          unit: 'action',
          package: { size: 100, price: 5 },
          sla: { guaranteedResolutionRate: 0.6, creditRate: 0.1 },
        },
      },
      SMALL_BUILD,
    ],
    extra,
  );

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const DEEP = 100_000;
const deepText = JSON.stringify(scenario()).replace(
  '"options":',
  `"notes":${'['.repeat(DEEP)}${']'.repeat(DEEP)},"options":`,
);

describe('deeply nested JSON', () => {
  it.each(['run', 'validate', 'export'])(
    '%s: 100,000 brackets are exit 2 with a message, never a stack trace',
    async (command) => {
      const path = file('deep.json', deepText);
      const args =
        command === 'export' ? [command, path, '-o', join(dir, 'deep.xlsx')] : [command, path];
      const { code, stdout, stderr } = await runInProcess(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/nested more than 64 levels deep/);
      expect(stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    },
  );

  it('a deep value where a number belongs is shown short, whatever its depth', async () => {
    const text = JSON.stringify(scenario()).replace(
      '"humanCostPerContact":4',
      `"humanCostPerContact":${'['.repeat(60)}${']'.repeat(60)}`,
    );
    const { code, stderr } = await runInProcess(['run', file('deepish.json', text)]);
    expect(code).toBe(2);
    expect(stderr).toContain('humanCostPerContact:');
    expect(stderr).toContain('(got [[[[');
  });

  it('OUTCOME.SCHEDULE, RESULT and COMPARE give #VALUE! naming the problem', () => {
    for (const value of [
      schedule(deepText, 'V'),
      result(deepText, 'V'),
      compare(deepText, 'B', 'V'),
    ]) {
      expect(value).toBeInstanceOf(FunctionError);
      expect((value as FunctionError).kind).toBe('value');
      expect((value as FunctionError).message).toMatch(
        /scenario is not a valid scenario: .*nested/,
      );
    }
  });
});

describe('every object in the schema is strict', () => {
  it('the JSON Schema forbids unknown fields in every object, nested ones included', () => {
    const loose: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.type === 'object' && o.additionalProperties !== false) loose.push(path || '(root)');
      for (const [k, v] of Object.entries(o)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(scenarioJsonSchema(), '');
    expect(loose).toEqual([]);
  });

  const typos: [string, (s: any) => void, string][] = [
    [
      'overcount.driftAnual',
      (s) => (s.options[1].overcount.driftAnual = 0.2),
      'options[1].overcount.driftAnual',
    ],
    [
      'sla.creditRatee',
      (s) => (s.options[1].charges.sla.creditRatee = 0.2),
      'options[1].charges.sla.creditRatee',
    ],
    [
      'package.sise',
      (s) => (s.options[1].charges.package.sise = 10),
      'options[1].charges.package.sise',
    ],
    ['ruleOfThumb.prize', (s) => (s.ruleOfThumb = { price: 0.3, prize: 0.5 }), 'ruleOfThumb.prize'],
    ['demand.growthAnual', (s) => (s.demand.growthAnual = 0.1), 'demand.growthAnual'],
    [
      'tiers[0].flatfee',
      (s) =>
        (s.options[1].charges = { unit: 'outcome', tiers: [{ upTo: null, price: 1, flatfee: 9 }] }),
      'options[1].charges.tiers[0].flatfee',
    ],
  ];
  it.each(typos)(
    'a misspelt nested field (%s) is refused with its path',
    async (_label, breakIt, path) => {
      const s = scenario();
      breakIt(s);
      for (const command of ['run', 'validate']) {
        const { code, stderr } = await runInProcess([
          command,
          file('typo.json', JSON.stringify(s)),
        ]);
        expect(code).toBe(2);
        expect(stderr).toContain(`${namedPath(path, s)}: unknown field`);
      }
    },
  );
});

describe('text encodings and control characters', () => {
  it('accepts a UTF-8 byte-order mark at the start of a scenario file', async () => {
    const path = file('bom.json', `\ufeff${JSON.stringify(scenario())}`);
    for (const command of ['run', 'validate']) {
      const { code, stderr } = await runInProcess([command, path]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  });

  it('escapes control characters in names in every text output', async () => {
    const s = scenario({ name: 'Evil\u001b[2J\u001b]0;pwned\u0007 \u009b31m' });
    (s.options[1] as { name: string }).name = 'V\u001b[31m\r\u202e';
    const path = file('control.json', JSON.stringify(s));
    const text = await runInProcess(['run', path]);
    const json = await runInProcess(['run', path, '--json']);
    for (const out of [text.stdout, json.stdout]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    }
    expect(text.stdout).toContain('Evil\\u001b[2J\\u001b]0;pwned\\u0007 \\u009b31m');
    expect(text.stdout).toContain('V\\u001b[31m\\u000d\\u202e');
    // JSON stays JSON: the escapes read back as the original name
    expect(JSON.parse(json.stdout).options[1].name).toBe('V\u001b[31m\r\u202e');
  });

  it('escapes control characters echoed from input in error messages', async () => {
    const raw = await runInProcess(['run', file('raw.json', '{"name": \u001b[31m}')]);
    const value = scenario();
    (value as Record<string, unknown>).currency = '\u001b[5mUSD';
    const echoed = await runInProcess(['run', file('echo.json', JSON.stringify(value))]);
    const missing = await runInProcess(['run', join(dir, 'no\u001b[31mfile.json')]);
    for (const { code, stderr } of [raw, echoed, missing]) {
      expect(code).toBe(2);
      expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(stderr).toContain('\\u001b');
    }
  });
});

/** Runs the real bin with its stdout closed before it writes: the reader of `| head` has gone. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}bin/crossover.js`, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe (crossover ... | head)', () => {
  it('every command exits quietly', async () => {
    const events = 'examples/events/support-desk.csv';
    // main() installs the handler before it dispatches, so these stand for every command
    // an example whose count never saturates, so a word on stderr can only be the pipe's
    const quiet = 'examples/high-volume-build-wins.json';
    const commands = [
      ['run', quiet, '--json'],
      ['validate', quiet],
      ['export', quiet, '-o', join(dir, 'pipe.xlsx')],
      ['reconcile', events, '--definition', 'status == "closed"', '--price', '1'],
    ];
    const results = await Promise.all(commands.map(runWithClosedStdout));
    results.forEach(({ code, stderr }, i) => {
      expect({ command: commands[i].join(' '), stderr }).toEqual({
        command: commands[i].join(' '),
        stderr: '',
      });
      expect(code).toBe(0);
    });
  }, 400_000);
});
