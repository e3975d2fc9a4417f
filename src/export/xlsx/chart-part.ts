import type { ChartModel } from '../workbook-model';
import { xmlText } from './xml-text';

// One chart as a DrawingML chart part (xl/charts/chartN.xml, ECMA-376 Part 1, 21.2): the series
// read the sheet's cells through c:f, and carry the engine's values as their cache, so a viewer
// that does not recalculate still draws the figures. Element order follows the schema (Excel
// refuses a part whose children are out of order).

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
const FONT = 'Calibri';

/** Bold title text or plain axis text, in points. */
function rich(text: string, size: number, bold: boolean): string {
  const run = `<a:rPr lang="en-US" sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/></a:rPr>`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r>${run}<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const title = (text: string, size: number) =>
  `<c:title>${rich(text, size, true)}<c:overlay val="0"/></c:title>`;

function numberCache(values: readonly number[], format: string): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function categories(chart: ChartModel): string {
  const f = `<c:f>${xmlText(chart.categoriesRef)}</c:f>`;
  if (chart.categories.every((c) => typeof c === 'number'))
    return `<c:cat><c:numRef>${f}${numberCache(chart.categories as number[], 'General')}</c:numRef></c:cat>`;
  const points = chart.categories
    .map((c, i) => `<c:pt idx="${i}"><c:v>${xmlText(String(c))}</c:v></c:pt>`)
    .join('');
  return `<c:cat><c:strRef>${f}<c:strCache><c:ptCount val="${chart.categories.length}"/>${points}</c:strCache></c:strRef></c:cat>`;
}

const solid = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

function series(chart: ChartModel): string {
  const line = (chart.kind ?? 'line') === 'line';
  const cat = categories(chart);
  return chart.series
    .map((s, i) => {
      const look = line
        ? `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
        : s.hidden
          ? '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>'
          : `<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>`;
      const values = `<c:val><c:numRef><c:f>${xmlText(s.ref)}</c:f>${numberCache(s.values, chart.valueFormat)}</c:numRef></c:val>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
        `${look}${cat}${values}${line ? '<c:smooth val="0"/>' : ''}</c:ser>`
      );
    })
    .join('');
}

const axisIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;

function plot(chart: ChartModel): string {
  switch (chart.kind ?? 'line') {
    case 'line':
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(chart)}<c:marker val="1"/>${axisIds}</c:lineChart>`;
    case 'column':
      return `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart)}<c:gapWidth val="60"/>${axisIds}</c:barChart>`;
    case 'stacked-bar':
      return `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series(chart)}<c:gapWidth val="50"/><c:overlap val="100"/>${axisIds}</c:barChart>`;
    case 'bar':
      return `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart)}<c:gapWidth val="60"/>${axisIds}</c:barChart>`;
    case 'tornado':
      return `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(chart)}<c:gapWidth val="40"/><c:overlap val="100"/>${axisIds}</c:barChart>`;
  }
}

/** A label every 1, 2, 3, 6 or 12 categories: at most a dozen along the axis. */
export function labelSkip(count: number): number {
  return [1, 2, 3, 6, 12].find((skip) => count / skip <= 12) ?? Math.ceil(count / 12);
}

const TICKS = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/>';
const AXIS_LINE =
  '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></c:spPr>';
const GRID =
  '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';

function axes(chart: ChartModel): string {
  const tornado = chart.kind === 'tornado';
  const horizontal = tornado || chart.kind === 'bar';
  // horizontal bars list their inputs top down (largest first); a tornado starts its bars at the base
  const crosses =
    tornado && chart.base !== undefined
      ? `<c:crossesAt val="${chart.base}"/>`
      : '<c:crosses val="autoZero"/>';
  const skip = (chart.kind ?? 'line') === 'line' ? labelSkip(chart.categories.length) : 1;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>${title(chart.xTitle, 10)}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${TICKS}<c:tickLblPos val="low"/>${AXIS_LINE}` +
    `<c:crossAx val="${VALUE_AXIS}"/>${crosses}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:tickLblSkip val="${skip}"/><c:tickMarkSkip val="${skip}"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>${GRID}${title(chart.yTitle, 10)}` +
    `<c:numFmt formatCode="${xmlText(chart.valueFormat)}" sourceLinked="0"/>${TICKS}<c:tickLblPos val="nextTo"/>${AXIS_LINE}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return categoryAxis + valueAxis;
}

function legend(chart: ChartModel): string {
  const hidden = chart.series
    .map((s, i) =>
      s.hidden ? `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>` : '',
    )
    .join('');
  return `<c:legend><c:legendPos val="b"/>${hidden}<c:overlay val="0"/></c:legend>`;
}

/** The chart part's XML. */
export function chartPartXml(chart: ChartModel): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:date1904 val="0"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title(chart.title, 13)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot(chart)}${axes(chart)}</c:plotArea>` +
    `${legend(chart)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="${FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}
