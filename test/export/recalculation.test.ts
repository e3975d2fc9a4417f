import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildOption, SwitchOption, VendorOption } from '../../src/engine/model';
import { buildWorkbookModel, writeXlsx, type WorkbookModel } from '../../src/export/index';
import { compareRecalculated, describeMismatch } from './compare-recalculated';
import { libreOffice } from './libreoffice';
import { randomCases } from './random-scenarios';
import { randomTermCases } from './random-term-scenarios';
import { exportCases, META, type Case } from './scenarios';

// Every exported workbook is recalculated by a real LibreOffice (profile: always recalculate
// xlsx on load) and every formula cell is compared with the engine's value.

/**
 * Examples and fixtures, plus seeded random scenarios that mix the structures freely, and more
 * with the new vendor terms and switch options mixed in.
 */
const RANDOM_SCENARIOS = 24;
const RANDOM_TERM_SCENARIOS = 16;
const cases = [
  ...exportCases(),
  ...randomCases(1, RANDOM_SCENARIOS),
  ...randomTermCases(1, RANDOM_TERM_SCENARIOS),
];
const models = new Map<string, WorkbookModel>();
const recalculated = new Map<string, string>();
const pdfs = new Map<string, string>();
let perturbedModel: WorkbookModel;
let perturbedRecalculated: string;
let dir: string;

/** The same workbook with every cached number off by one: only a real recalculation repairs it. */
function perturbed(model: WorkbookModel): WorkbookModel {
  return {
    ...model,
    sheets: model.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((cell) =>
        cell.formula !== undefined && typeof cell.result === 'number'
          ? { ...cell, result: cell.result + 1 }
          : cell,
      ),
    })),
  };
}

/** Only the Summary visible, so the PDF holds exactly what the Summary prints. */
function summaryOnly(model: WorkbookModel): WorkbookModel {
  return { ...model, sheets: model.sheets.map((s) => ({ ...s, hidden: s.name !== 'Summary' })) };
}

beforeAll(async () => {
  const lo = libreOffice();
  dir = mkdtempSync(join(tmpdir(), 'crossover-export-'));
  mkdirSync(join(dir, 'summary'));
  const files: string[] = [];
  const summaryFiles: string[] = [];
  for (const c of cases) {
    const model = buildWorkbookModel(c.scenario, c.result, META);
    models.set(c.stem, model);
    const file = join(dir, `${c.stem}.xlsx`);
    writeFileSync(file, await writeXlsx(model));
    files.push(file);
    const summaryFile = join(dir, 'summary', `${c.stem}.xlsx`);
    writeFileSync(summaryFile, await writeXlsx(summaryOnly(model)));
    summaryFiles.push(summaryFile);
  }
  perturbedModel = models.get(cases[0].stem)!;
  const perturbedFile = join(dir, 'perturbed.xlsx');
  writeFileSync(perturbedFile, await writeXlsx(perturbed(perturbedModel)));
  files.push(perturbedFile);

  const outputs = lo.convert(files, 'xlsx', join(dir, 'recalculated'));
  cases.forEach((c, i) => recalculated.set(c.stem, outputs[i]));
  perturbedRecalculated = outputs[outputs.length - 1];
  const pdfOutputs = lo.convert(summaryFiles, 'pdf', join(dir, 'pdf'));
  cases.forEach((c, i) => pdfs.set(c.stem, pdfOutputs[i]));
});

describe('LibreOffice recalculation of the board workbook', () => {
  it('recalculates on load (a workbook with wrong cached values comes back right)', async () => {
    const { compared, mismatches } = await compareRecalculated(
      perturbedModel,
      perturbedRecalculated,
    );
    expect(compared).toBeGreaterThan(100);
    expect(mismatches.map(describeMismatch)).toEqual([]);
  });

  it.each(cases.map((c) => [c.file, c] as [string, Case]))(
    '%s: every formula cell equals the engine to a relative 1e-9',
    async (_file, c) => {
      const model = models.get(c.stem)!;
      const { compared, mismatches } = await compareRecalculated(model, recalculated.get(c.stem)!);
      const formulas = model.sheets.flatMap((s) => s.cells.filter((x) => x.formula !== undefined));
      expect(compared).toBe(formulas.length);
      expect(compared).toBeGreaterThan(c.scenario.horizonMonths * c.scenario.options.length);
      expect(mismatches.map(describeMismatch)).toEqual([]);
    },
  );

  it.each(cases.map((c) => [c.file, c] as [string, Case]))(
    '%s: the Summary prints on one landscape page',
    (_file, c) => {
      const pdf = readFileSync(pdfs.get(c.stem)!, 'latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages.length).toBe(1);
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
      expect(box).not.toBeNull();
      expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    },
  );

  it('the crossover check cells, recalculated, find both steady-state years equal (or no equal point: a price step)', async () => {
    const verdicts: string[] = [];
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated.get(c.stem)!);
      const summary = models.get(c.stem)!.sheets.find((s) => s.name === 'Summary')!;
      for (const cell of summary.cells) {
        if (cell.style?.role !== 'check' || cell.formula === undefined) continue;
        verdicts.push(
          String(
            (wb.getWorksheet('Summary')!.getCell(cell.ref).model as { result?: unknown }).result,
          ),
        );
      }
    }
    expect(verdicts.length).toBeGreaterThanOrEqual(10);
    expect(verdicts.filter((v) => v === 'equal').length).toBeGreaterThanOrEqual(8);
    expect(
      verdicts.every((v) => v === 'equal' || v === 'build cheaper here (no equal point)'),
    ).toBe(true);
  });

  it('checks buildCheaperThroughout on the Crossover sheet where a price step crosses more than once', async () => {
    const c = cases.find((x) => x.stem.endsWith('exact-packages'))!;
    const comparison = c.result.comparisons.find((x) => x.vendor === 'Contact packages')!;
    expect(comparison.buildCheaperThroughout).not.toBe(comparison.crossoverContactsPerMonth);
    const sheet = models.get(c.stem)!.sheets.find((s) => s.name === 'Crossover')!;
    const label = sheet.cells.find(
      (cell) => cell.value === 'Build cheaper throughout above (solver)',
    );
    expect(label).toBeDefined();
    const row = Number(label!.ref.slice(1));
    expect(sheet.cells.find((cell) => cell.ref === `B${row}`)!.value).toBe(
      comparison.buildCheaperThroughout,
    );
    const checks = sheet.cells.filter((cell) => cell.style?.role === 'check' && cell.formula);
    expect(checks.length).toBeGreaterThanOrEqual(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated.get(c.stem)!);
    for (const check of checks) {
      const verdict = (
        wb.getWorksheet('Crossover')!.getCell(check.ref).model as { result?: unknown }
      ).result;
      expect(['equal', 'build cheaper here (no equal point)']).toContain(verdict);
    }
  });
});

/** Switch options over the whole range of switch months and vendor terms. */
function switchCoverage() {
  const switches = cases.flatMap((c) =>
    c.scenario.options
      .filter((o): o is SwitchOption => o.kind === 'switch')
      .map((o) => {
        const r = c.result.options.find((x) => x.name === o.name)!;
        const vendor = c.scenario.options.find((x) => x.name === o.vendor) as VendorOption;
        const build = c.scenario.options.find((x) => x.name === o.build) as BuildOption;
        return { S: r.switchMonth!, H: c.scenario.horizonMonths, vendor, build };
      }),
  );
  const any = (test: (s: (typeof switches)[number]) => boolean) => switches.some(test);
  return {
    switchAtOnce: any((s) => s.S === 1),
    switchNever: any((s) => s.S === s.H + 1),
    switchMidYear: any((s) => s.S > 13 && (s.S - 1) % 12 !== 0 && s.S <= s.H),
    switchFromCommitment: any((s) => s.vendor.charges.annualCommit !== undefined && s.S > 2),
    switchFromPrepaid: any((s) => !!s.vendor.charges.prepaid && (s.S - 1) % 12 !== 0 && s.S > 13),
    switchWithCapitalisedBuild: any((s) => s.build.capitalizedShare > 0 && s.S <= s.H),
  };
}

describe('what the recalculated workbooks cover', () => {
  const vendors = cases.flatMap((c) =>
    c.scenario.options.filter((o): o is VendorOption => o.kind === 'vendor').map((o) => ({ c, o })),
  );
  const has = (test: (v: { c: Case; o: VendorOption }) => boolean) => vendors.some(test);

  it('covers every DOMAIN.md structure', () => {
    expect({
      graduatedTiers: has(({ o }) => !!o.charges.tiers && o.charges.tierMode === 'graduated'),
      volumeTiers: has(({ o }) => !!o.charges.tiers && o.charges.tierMode === 'volume'),
      packages: has(({ o }) => !!o.charges.package),
      caps: has(({ o }) => o.charges.annualCap !== undefined),
      proratedCommitment: has(
        ({ c, o }) => o.charges.annualCommit !== undefined && c.scenario.horizonMonths % 12 !== 0,
      ),
      slaCreditsPaid: has(({ c, o }) =>
        Array.from(c.result.options.find((r) => r.name === o.name)!.schedule.slaCredit).some(
          (x) => x > 0,
        ),
      ),
      gainShare: has(({ o }) => !!o.charges.gainShare),
      drift: has(({ o }) => o.overcount.driftAnnual !== 0),
      escalators: has(({ o }) => o.charges.escalatorAnnual !== 0),
      onboarding: has(({ o }) => o.onboardingMonths > 0),
      buildPhase: cases.some((c) =>
        c.scenario.options.some((o) => o.kind === 'build' && o.buildMonths > 0),
      ),
      buildAtOnce: cases.some((c) =>
        c.scenario.options.some((o) => o.kind === 'build' && o.buildMonths === 0),
      ),
      monthlySeries: cases.some((c) => !!c.scenario.demand.contactsByMonth),
      seats: has(({ o }) => o.charges.unit === 'seat'),
      tokens: has(({ o }) => o.charges.unit === 'token'),
      capitalisedBuilds: cases.some((c) =>
        c.scenario.options.some((o) => o.kind === 'build' && o.capitalizedShare > 0),
      ),
      capBindsInYear: has(({ c, o }) => {
        const s = c.result.options.find((r) => r.name === o.name)!.schedule;
        return o.charges.annualCap !== undefined && Array.from(s.usage).some((u) => u === 0);
      }),
      classesWithDrift: has(({ o }) => !!o.charges.classes?.some((k) => k.driftAnnual !== 0)),
      yearToDateTiers: has(
        ({ c, o }) => o.charges.tierBasis === 'year-to-date' && c.scenario.horizonMonths > 12,
      ),
      phases: has(({ o }) => !!o.charges.phases),
      priceLockBinds: has(({ c, o }) => {
        if (!o.charges.priceLock) return false;
        const s = c.result.options.find((r) => r.name === o.name)!.schedule;
        return s.usage[0] === o.charges.priceLock.monthlyCeiling;
      }),
      prepaidRolledOver: has(
        ({ c, o }) => (o.charges.prepaid?.rolloverShare ?? 0) > 0 && c.scenario.horizonMonths > 12,
      ),
      prepaidProrated: has(
        ({ c, o }) => !!o.charges.prepaid && c.scenario.horizonMonths % 12 !== 0,
      ),
      prepaidOverage: has(({ c, o }) => {
        const s = c.result.options.find((r) => r.name === o.name)!.schedule;
        return !!o.charges.prepaid && Array.from(s.usage).some((u, i) => u > s.prepaidDrawn[i]);
      }),
      ...switchCoverage(),
    }).toEqual({
      graduatedTiers: true,
      volumeTiers: true,
      packages: true,
      caps: true,
      proratedCommitment: true,
      slaCreditsPaid: true,
      gainShare: true,
      drift: true,
      escalators: true,
      onboarding: true,
      buildPhase: true,
      buildAtOnce: true,
      monthlySeries: true,
      seats: true,
      tokens: true,
      capitalisedBuilds: true,
      capBindsInYear: true,
      classesWithDrift: true,
      yearToDateTiers: true,
      phases: true,
      priceLockBinds: true,
      prepaidRolledOver: true,
      prepaidProrated: true,
      prepaidOverage: true,
      switchAtOnce: true,
      switchNever: true,
      switchMidYear: true,
      switchFromCommitment: true,
      switchFromPrepaid: true,
      switchWithCapitalisedBuild: true,
    });
  });
});
