// Every command says on stderr what a scenario holds that is valid but probably not meant, and
// goes on; validate lists the warnings after the problems (DOMAIN.md "Warnings").
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renewalDocument } from '../support/seeds-renewal';
import { runInProcess } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'crossover-rates-'));

function scenarioFile(name: string, fields: Record<string, unknown> = {}): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({
      ...renewalDocument({ initialRatio: 1, driftAnnual: 0 }, {}, 'B: Intercom Fin'),
      name: 'Typed in percent',
      horizonMonths: 36,
      demand: { contactsPerMonth: 1000, growthAnnual: 15 },
      discountRateAnnual: 8,
      ...fields,
    }),
  );
  return path;
}

const GROWTH = 'warning: demand.growthAnnual: 15 is 1,500% a year; for 15% write 0.15';
const DISCOUNT = 'warning: discountRateAnnual: 8 is 800% a year; for 8% write 0.08';

describe('warnings on the command line', () => {
  it.each(['run', 'run --json'])(
    '%s prints them on stderr, the results on stdout, and exits 0',
    async (words) => {
      const command = words.split(' ');
      const file = scenarioFile('percent.json');
      const { code, stdout, stderr } = await runInProcess([...command, file]);
      expect(code).toBe(0);
      expect(stderr.split('\n').filter(Boolean)).toEqual([
        `${file}: ${GROWTH}`,
        `${file}: ${DISCOUNT}`,
      ]);
      if (command.includes('--json')) expect(() => JSON.parse(stdout)).not.toThrow();
      else expect(stdout).not.toContain('a year;');
    },
  );

  it('validate lists them under the verdict of a valid file, on stdout, and exits 0', async () => {
    const file = scenarioFile('percent.json');
    const { code, stdout, stderr } = await runInProcess(['validate', file]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `${file}: valid (2 options, 36 months)`,
      `  ${GROWTH}`,
      `  ${DISCOUNT}`,
    ]);
  });

  it('validate lists them after the problems of a file that is not valid', async () => {
    const file = scenarioFile('broken.json', { humanCostPerContact: -4 });
    const { code, stderr } = await runInProcess(['validate', file]);
    expect(code).toBe(2);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines[1]).toMatch(/^ {2}humanCostPerContact: .*\(got -4\)$/);
    expect(lines.slice(2)).toEqual([`  ${GROWTH}`, `  ${DISCOUNT}`]);
  });

  it('diff and deck say them for each file they read', async () => {
    const old = scenarioFile('old.json');
    const { code, stderr } = await runInProcess(['diff', old, scenarioFile('new.json')]);
    expect(code).toBe(0);
    expect(stderr.match(/warning: /g)).toHaveLength(4);
  });
});
