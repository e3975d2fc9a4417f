import type { OptionResult, ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import type { RiskReport } from '../uncertainty/risk-report';
import {
  SLIDE_WIDTH,
  type DeckChart,
  type DeckSlide,
  type DeckTable,
  type DeckText,
} from './deck-model';

// The parts every slide is made of: text boxes, a table under the title, a chart, the slide itself.

/** What every slide reads: the scenario, its result, the options in rank order, money as shown. */
export interface Deck {
  scenario: Scenario;
  result: ScenarioResult;
  ranked: OptionResult[];
  money: (v: number) => string;
  /** The Excel number format of a money axis in the scenario's currency. */
  moneyAxis: string;
  /** With ranges: the risk report (tornado, simulation), computed once for the deck. */
  risk: RiskReport | null;
}

export const BODY_SIZE = 20;
export const TABLE_SIZE = 16;
export const MARGIN = 0.5;
export const WIDTH = SLIDE_WIDTH - 2 * MARGIN;
export const DARK = '1F2937';
export const MUTED = '4B5563';
export const WARN = '9A3412';
const SOURCE =
  'Every figure is the Crossover engine’s (DOMAIN.md); the same numbers are in `crossover run --json` and the board workbook.';

export const text = (t: Omit<DeckText, 'fontSize'> & { fontSize?: number }): DeckText => ({
  fontSize: BODY_SIZE,
  color: DARK,
  ...t,
});

/**
 * A table across the slide under its title: `rowHeight` inches a row (the header's too), in
 * smaller type when it has more than `smallAbove` rows; `align` per column (text left, numbers
 * right).
 */
export function table(
  header: string[],
  columnWidths: number[],
  align: DeckTable['align'],
  rows: string[][],
  { rowHeight = 0.5, smallAbove = 8, x = MARGIN, y = 1.4 } = {},
): DeckTable {
  const small = rows.length > smallAbove;
  return {
    x,
    y,
    w: columnWidths.reduce((a, b) => a + b, 0),
    h: (small ? Math.min(rowHeight, 0.36) : rowHeight) * (rows.length + 1),
    fontSize: small ? 12 : TABLE_SIZE,
    header,
    columnWidths,
    align,
    rows,
  };
}

/** A chart under the slide's title, `w` inches wide from the left margin. */
export function chart(
  c: Pick<
    DeckChart,
    'kind' | 'title' | 'categories' | 'series' | 'xTitle' | 'yTitle' | 'numberFormat'
  > &
    Partial<Pick<DeckChart, 'barsFrom' | 'x' | 'y' | 'h'>>,
  w = 8.4,
): DeckChart {
  return { x: MARGIN, y: 1.3, h: 5.8, ...c, w };
}

export function slide(
  id: string,
  title: string,
  notes: string[],
  parts: Partial<DeckSlide>,
): DeckSlide {
  return {
    id,
    title,
    texts: [],
    tables: [],
    charts: [],
    notes: [...notes, SOURCE].join('\n'),
    ...parts,
  };
}
