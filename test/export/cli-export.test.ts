import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/export';
import { InputError } from '../../src/cli/errors';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('crossover export', () => {
  it('writes the workbook, the scenario JSON and the schedule CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossover-cli-'));
    const { io, out } = capture();
    const code = await run(
      [
        'examples/seats-and-series.json',
        '-o',
        join(dir, 'board.xlsx'),
        '--json',
        join(dir, 's.json'),
        '--csv',
        join(dir, 's.csv'),
      ],
      io,
    );
    expect(code).toBe(0);
    expect(out).toEqual([
      `wrote ${join(dir, 'board.xlsx')}`,
      `wrote ${join(dir, 's.json')}`,
      `wrote ${join(dir, 's.csv')}`,
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'board.xlsx'));
    expect(String(wb.getWorksheet('Summary')!.getCell('A1').value)).toContain('Seasonal demand');
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).horizonMonths).toBe(12);
    expect(readFileSync(join(dir, 's.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^option,kind,month,contacts/,
    );
  });

  it('--all-examples writes a workbook, JSON and CSV per example', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossover-cli-'));
    const { io } = capture();
    expect(await run(['--all-examples', dir], io)).toBe(0);
    const examples = readdirSync('examples').filter((f) => f.endsWith('.json'));
    for (const example of examples) {
      const stem = example.replace(/\.json$/, '');
      for (const suffix of ['.xlsx', '.scenario.json', '.schedule.csv'])
        expect(existsSync(join(dir, stem + suffix))).toBe(true);
    }
  });

  it('rejects bad arguments with a message naming them', async () => {
    const { io } = capture();
    await expect(run([], io)).rejects.toThrow(/exactly one scenario FILE \(got 0/);
    await expect(run(['examples/support-team.json', '-o', 'board.pdf'], io)).rejects.toThrow(
      /-o must name an \.xlsx file \(got board\.pdf\)/,
    );
    await expect(run(['--all-examples', 'x', 'examples/support-team.json'], io)).rejects.toThrow(
      InputError,
    );
    await expect(run(['no-such.json', '-o', '/tmp/x.xlsx'], io)).rejects.toThrow(
      /no-such\.json: no such file/,
    );
  });
});
