import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import { escapeFormulaText, scheduleCsv, toScenarioJson } from '../../src/export/index';
import { exportCases } from './scenarios';

const cases = exportCases();
const injected = cases.find((c) => c.file.endsWith('cap-commit-gain-share.json'))!;

/** A small RFC 4180 reader, enough to check what scheduleCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('escapeFormulaText', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['Status quo', 'Status quo'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j -> %j', (text, escaped) => expect(escapeFormulaText(text)).toBe(escaped));
});

describe('scheduleCsv', () => {
  it('writes every option and month with the schedule fields at full precision', () => {
    for (const c of cases) {
      const rows = parseCsv(scheduleCsv(c.result));
      expect(rows[0]).toEqual(['option', 'kind', 'month', ...SCHEDULE_FIELDS]);
      expect(rows).toHaveLength(1 + c.result.options.length * c.result.horizonMonths);
      c.result.options.forEach((option, i) => {
        const last = rows[(i + 1) * c.result.horizonMonths];
        expect(last[1]).toBe(option.kind);
        expect(Number(last[2])).toBe(c.result.horizonMonths);
        SCHEDULE_FIELDS.forEach((field, f) =>
          expect(Number(last[3 + f])).toBe(option.schedule[field][c.result.horizonMonths - 1]),
        );
      });
    }
  });

  it('escapes option names that start like a formula and quotes commas and quotes', () => {
    const rows = parseCsv(scheduleCsv(injected.result));
    const names = new Set(rows.slice(1).map((r) => r[0]));
    expect([...names]).toEqual(injected.result.options.map((o) => escapeFormulaText(o.name)));
    expect(names.has("'+Status quo")).toBe(true);
    expect([...names].every((n) => !/^[=+\-@]/.test(n))).toBe(true);
    const renamed = {
      ...injected.result,
      options: [{ ...injected.result.options[0], name: 'A, "B"' }],
    };
    expect(scheduleCsv(renamed).split('\r\n')[1].startsWith('"A, ""B""",')).toBe(true);
  });
});

describe('toScenarioJson', () => {
  it('round-trips through the scenario loader to the same numbers', () => {
    for (const c of cases) {
      const reparsed = parseScenarioText(toScenarioJson(c.scenario));
      expect(reparsed.ok).toBe(true);
      if (!reparsed.ok) return;
      expect(reparsed.scenario.horizonMonths).toBe(c.scenario.horizonMonths);
      expect(reparsed.scenario.options.map((o) => o.kind)).toEqual(
        c.scenario.options.map((o) => o.kind),
      );
      expect(JSON.stringify(reparsed.scenario.demand)).toBe(JSON.stringify(c.scenario.demand));
    }
  });

  it('escapes text that starts like a formula', () => {
    const json = JSON.parse(toScenarioJson(injected.scenario));
    expect(json.name.startsWith("'=HYPERLINK(")).toBe(true);
    expect(json.options.map((o: { name: string }) => o.name)).toContain("'@Capped hybrid");
    expect(json.options[1].source).toBe("'-10% off list");
    expect(json.options[1].charges.unit).toBe('outcome');
  });
});
