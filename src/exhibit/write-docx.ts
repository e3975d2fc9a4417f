import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExhibitModel, ExhibitTable } from './exhibit-model';
import { exhibitSections, type ExhibitBlock } from './exhibit-sections';

const BODY_FONT = 'Calibri';
const CODE_FONT = 'Consolas';
/** half-points: 10 pt body, 8 pt code and tables (the vectors' table is wide) */
const BODY_SIZE = 20;
const SMALL_SIZE = 16;

/** Text with `code` spans set in the code font. */
function runs(text: string): TextRun[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? new TextRun({ text: part.slice(1, -1), font: CODE_FONT, size: BODY_SIZE })
        : new TextRun({ text: part, font: BODY_FONT, size: BODY_SIZE }),
    );
}

/** Text width of an A4 page less 1-inch margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/** Each column's share of the width by its longest cell, so that the decisions get room. */
function columnWidths(t: ExhibitTable): number[] {
  // + 3: the cell's margins take about three characters of the small font
  const longest = t.header.map(
    (h, c) => Math.min(40, Math.max(5, h.length, ...t.rows.map((r) => (r[c] ?? '').length))) + 3,
  );
  const sum = longest.reduce((a, b) => a + b, 0);
  return longest.map((l) => Math.floor((TEXT_WIDTH * l) / sum));
}

function table(t: ExhibitTable): Table {
  const widths = columnWidths(t);
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, c) =>
          new TableCell({
            width: { size: widths[c], type: WidthType.DXA },
            children: [
              new Paragraph({
                children: [new TextRun({ text, bold, font: BODY_FONT, size: SMALL_SIZE })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))],
  });
}

function blockChildren(block: ExhibitBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'text':
      return [new Paragraph({ children: runs(block.text), spacing: { after: 120 } })];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_3 })];
    case 'code':
      return block.text.split('\n').map(
        (line) =>
          new Paragraph({
            children: [new TextRun({ text: line, font: CODE_FONT, size: SMALL_SIZE })],
          }),
      );
    case 'table':
      return [table(block.table), new Paragraph({ children: [] })];
  }
}

/** The exhibit as .docx bytes (Word, LibreOffice Writer); runs in Node and in the browser. */
export async function writeExhibitDocx(model: ExhibitModel): Promise<Uint8Array> {
  const document = new Document({
    title: model.title,
    creator: 'Crossover',
    sections: [
      {
        children: [
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
          ...exhibitSections(model).flatMap((section) => [
            new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
            ...section.blocks.flatMap(blockChildren),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
