import { formatMoney, formatPercent } from '../text/format';
import type { ExhibitModel, ExhibitTable } from './exhibit-model';

/** A piece of a section, as both writers lay it out. */
export type ExhibitBlock =
  | { kind: 'text'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'code'; text: string; language?: string }
  | { kind: 'table'; table: ExhibitTable };

export interface ExhibitSection {
  heading: string;
  blocks: ExhibitBlock[];
}

const text = (t: string): ExhibitBlock => ({ kind: 'text', text: t });

const NO_PILOT =
  'No pilot export was given (EVENTS): run `crossover exhibit` with the pilot export to fill this section.';

function outcomeSection(m: ExhibitModel): ExhibitSection {
  const o = m.outcome;
  return {
    heading: '1. The billable outcome',
    blocks: [
      text(o.words),
      { kind: 'code', text: o.definition },
      {
        kind: 'table',
        table: {
          header: ['clause', 'as written', 'reading'],
          rows: o.clauses.map((c) => [String(c.number), c.expression, c.reading]),
        },
      },
      ...(o.vendorDefinition === null
        ? []
        : [
            text(
              "The vendor's stated counting rule, for comparison (it does not define the outcome):",
            ),
            { kind: 'code' as const, text: o.vendorDefinition },
          ]),
    ],
  };
}

function querySection(m: ExhibitModel): ExhibitSection {
  return {
    heading: '2. The counting query',
    blocks: [
      text(
        `Either party runs the query on the raw-event export loaded as the table \`${m.queryTable}\`; each gives the monthly contacts, the vendor count, the buyer count, and per clause the billed rows that fail it. The queries are equivalent.`,
      ),
      ...m.queries.flatMap((q): ExhibitBlock[] => [
        { kind: 'subheading', text: q.label },
        { kind: 'code', text: q.sql, language: 'sql' },
      ]),
    ],
  };
}

function vectorSection(m: ExhibitModel): ExhibitSection {
  const v = m.vectors;
  if (!v) return { heading: '3. Test vectors for counterfactual replay', blocks: [text(NO_PILOT)] };
  const missing = v.missing.map((n) =>
    n > m.outcome.clauses.length
      ? 'No row of the export meets every clause.'
      : `No row of the export fails clause ${n} first.`,
  );
  return {
    heading: '3. Test vectors for counterfactual replay',
    blocks: [
      text(
        `From ${v.source}: for each clause the first row (in file order) that fails it first, and the first row that meets every clause (row: the data row, 1 being the first under the header). An implementation of this definition must reach the same decision on each.`,
      ),
      {
        kind: 'table',
        table: {
          header: ['row', ...v.columns, 'decision'],
          rows: v.rows.map((r) => [
            String(r.dataRow),
            ...v.columns.map((c) => r.cells[c]),
            r.decision,
          ]),
        },
      },
      ...missing.map(text),
    ],
  };
}

function exportSection(m: ExhibitModel): ExhibitSection {
  const e = m.rawExport;
  return {
    heading: '4. The raw-event export owed to the buyer',
    blocks: [
      text(
        `Monthly, one row per contact, as CSV (RFC 4180, UTF-8, a header row) or Parquet, with at least these columns: ${e.columns.map((c) => `\`${c}\``).join(', ')}. \`${e.periodColumn}\` dates the contact (the month it is billed in)${e.idColumn ? `; \`${e.idColumn}\` identifies it` : ''}; \`${e.billedColumn}\` is 1 where the vendor billed the contact as an outcome, else 0.`,
      ),
      text(
        'The vendor keeps the export replayable: any revised definition can be run on past months and gives the counts it would have given (counterfactual replay).',
      ),
    ],
  };
}

function reclassificationSection(m: ExhibitModel): ExhibitSection {
  const r = m.reclassification;
  const money = (v: number) => formatMoney(v, m.currency, 0);
  return {
    heading: '5. Re-classification',
    blocks: [
      text(r.text),
      ...(r.pilot === null
        ? [text(NO_PILOT)]
        : [
            text(
              `On the pilot, the clause (tolerance ${formatPercent(r.tolerance)}) would have applied in ${r.pilot.monthsApplied} of ${r.pilot.months} month(s): the vendor invoiced ${money(r.pilot.vendorInvoice)}; the corrected invoice is ${money(r.pilot.correctedInvoice)}.`,
            ),
            { kind: 'table' as const, table: r.pilot.table },
          ]),
    ],
  };
}

function bidSection(m: ExhibitModel): ExhibitSection {
  const b = m.bid;
  return {
    heading: '6. Drift discount, cap and price to ask',
    blocks:
      b === null
        ? [text('No bid was given (--scenario FILE --option NAME).')]
        : [
            text(
              `From the bid "${b.option}" in ${b.scenario}, each ask priced as the option's NPV as bid less its NPV with the term.`,
            ),
            ...b.lines.map(text),
            ...(m.pilot === null
              ? []
              : [
                  text(
                    "These are priced on the bid's own overcount, not the pilot's measurement (section 7); `crossover reconcile EVENTS --apply-to SCENARIO --option NAME` writes the measurement into a copy of the bid to price them on it.",
                  ),
                ]),
          ],
  };
}

function pilotSection(m: ExhibitModel): ExhibitSection {
  return {
    heading: "7. The pilot's figures",
    blocks: m.pilot === null ? [text(NO_PILOT)] : m.pilot.lines.map(text),
  };
}

/** The seven numbered sections in order, as headings and blocks. */
export function exhibitSections(m: ExhibitModel): ExhibitSection[] {
  return [
    outcomeSection(m),
    querySection(m),
    vectorSection(m),
    exportSection(m),
    reclassificationSection(m),
    bidSection(m),
    pilotSection(m),
  ];
}
