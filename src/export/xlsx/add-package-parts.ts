import JSZip from 'jszip';
import type { ChartModel } from '../workbook-model';
import { chartPartXml } from './chart-part';
import { drawingPartXml } from './drawing-part';

// exceljs writes no charts and no column page breaks, so they are added to its package here:
// per sheet a drawing part holding the chart frames, one chart part per chart, the relationships
// between them, the sheet's <colBreaks> and <drawing> elements, and the content types.

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

export interface SheetParts {
  charts: readonly ChartModel[];
  /** 1-based columns that start a new printed page. */
  columnBreaks: readonly number[];
}

const relationships = (rels: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;

/** The worksheet part of each sheet, in workbook order (xl/worksheets/sheetN.xml). */
async function sheetPaths(zip: JSZip): Promise<string[]> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  return [...workbook.matchAll(/<sheet [^>]*?r:id="([^"]+)"/g)].map(
    (m) => `xl/${targets.get(m[1])!.replace(/^\/?xl\//, '')}`,
  );
}

/** Inserts elements where the schema wants them: after the page setup, before legacy parts. */
function insertIntoSheet(xml: string, elements: string): string {
  const at = xml.search(
    /<(drawing|legacyDrawing|picture|oleObjects|tableParts|extLst)[\s>/]|<\/worksheet>/,
  );
  return xml.slice(0, at) + elements + xml.slice(at);
}

function columnBreaksXml(columns: readonly number[]): string {
  if (columns.length === 0) return '';
  const breaks = columns.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join('');
  return `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${breaks}</colBreaks>`;
}

async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string) {
  const existing = await zip.file(relsPath)?.async('string');
  const ids = [...(existing ?? '').matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  const rel = `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  zip.file(
    relsPath,
    existing
      ? existing.replace('</Relationships>', `${rel}</Relationships>`)
      : relationships([rel]),
  );
  return id;
}

/** The package with the charts and column breaks of each sheet (`sheets` in workbook order). */
export async function addPackageParts(
  bytes: Uint8Array,
  sheets: readonly SheetParts[],
): Promise<Uint8Array> {
  if (sheets.every((s) => s.charts.length === 0 && s.columnBreaks.length === 0)) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const paths = await sheetPaths(zip);
  const overrides: string[] = [];
  let drawingCount = 0;
  let chartCount = 0;
  for (const [i, parts] of sheets.entries()) {
    if (parts.charts.length === 0 && parts.columnBreaks.length === 0) continue;
    const sheetPath = paths[i];
    let elements = columnBreaksXml(parts.columnBreaks);
    if (parts.charts.length > 0) {
      const drawing = ++drawingCount;
      const chartRels: string[] = [];
      const anchors = parts.charts.map((chart, k) => {
        const n = ++chartCount;
        zip.file(`xl/charts/chart${n}.xml`, chartPartXml(chart));
        overrides.push(
          `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/>`,
        );
        chartRels.push(
          `<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${n}.xml"/>`,
        );
        return { from: chart.from, to: chart.to, relId: `rId${k + 1}`, name: chart.title };
      });
      zip.file(`xl/drawings/drawing${drawing}.xml`, drawingPartXml(anchors));
      zip.file(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationships(chartRels));
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${DRAWING_TYPE}"/>`,
      );
      const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
      const id = await addRelationship(
        zip,
        relsPath,
        'drawing',
        `../drawings/drawing${drawing}.xml`,
      );
      elements += `<drawing r:id="${id}"/>`;
    }
    const xml = await zip.file(sheetPath)!.async('string');
    zip.file(sheetPath, insertIntoSheet(xml, elements));
  }
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
