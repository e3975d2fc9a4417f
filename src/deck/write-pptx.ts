import PptxGenJS from 'pptxgenjs';
import type { DeckChart, DeckModel, DeckTable, DeckText } from './deck-model';

const FONT = 'Calibri';
const TITLE_SIZE = 32;

/** The deck as .pptx bytes: 16:9, native editable charts, speaker notes; Node and browser. */
export async function writePptxBytes(model: DeckModel): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = model.title;
  pptx.company = 'Crossover';
  for (const s of model.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      x: 0.5,
      y: 0.3,
      w: 12.333,
      h: 0.9,
      fontFace: FONT,
      fontSize: TITLE_SIZE,
      bold: true,
      color: '111827',
      fit: 'shrink',
    });
    for (const t of s.texts) addText(slide, t);
    for (const t of s.tables) addTable(slide, t);
    for (const c of s.charts) addChart(pptx, slide, c);
    slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

function addText(slide: PptxGenJS.Slide, t: DeckText): void {
  slide.addText(t.text, {
    x: t.x,
    y: t.y,
    w: t.w,
    h: t.h,
    fontFace: FONT,
    fontSize: t.fontSize,
    bold: t.bold ?? false,
    color: t.color,
    valign: 'top',
    fit: 'shrink',
  });
}

function addTable(slide: PptxGenJS.Slide, t: DeckTable): void {
  const header = t.header.map((text, c) => ({
    text,
    options: { bold: true, fill: { color: 'D9E1F2' }, color: '111827', align: t.align[c] },
  }));
  const rows = t.rows.map((row) =>
    row.map((text, c) => ({ text, options: { align: t.align[c] } })),
  );
  slide.addTable([header, ...rows], {
    x: t.x,
    y: t.y,
    w: t.w,
    colW: t.columnWidths,
    fontFace: FONT,
    fontSize: t.fontSize,
    color: '1F2937',
    border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
    autoPage: false,
  });
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, c: DeckChart): void {
  const data = c.series.map((s) => ({ name: s.name, labels: c.categories, values: s.values }));
  const common = {
    x: c.x,
    y: c.y,
    w: c.w,
    h: c.h,
    showTitle: true,
    title: c.title,
    titleFontSize: 18,
    titleFontFace: FONT,
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: 14,
    legendFontFace: FONT,
    catAxisLabelFontSize: 14,
    valAxisLabelFontSize: 14,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    showCatAxisTitle: true,
    catAxisTitle: c.xTitle,
    showValAxisTitle: true,
    valAxisTitle: c.yTitle,
    catAxisTitleFontSize: 14,
    valAxisTitleFontSize: 14,
    valAxisLabelFormatCode: c.numberFormat,
    chartColors: c.series.map((s) => s.color),
  };
  if (c.kind === 'line') {
    // one line chart per series, so that each keeps its own dash and marker
    const lines = c.series.map((s, i): PptxGenJS.IChartMulti => ({
      type: 'line',
      data: [data[i]],
      options: {
        chartColors: [s.color],
        lineDash: s.dash ?? 'solid',
        lineDataSymbol: s.marker ?? 'none',
        lineDataSymbolSize: 7,
      },
    }));
    const options: PptxGenJS.IChartOpts = {
      ...common,
      lineSize: 2.25,
      catAxisLabelFrequency: String(Math.max(1, Math.round(c.categories.length / 12))),
    };
    // pptxgenjs reads a combined chart's options from its second argument
    slide.addChart(lines, options as unknown as unknown[], options);
  } else {
    slide.addChart(pptx.ChartType.bar, data, { ...common, ...barOptions(c) });
  }
}

/** The options of each kind of bar chart: its direction, grouping, gaps and axes. */
function barOptions(c: DeckChart): PptxGenJS.IChartOpts {
  if (c.kind === 'bar') {
    return {
      barDir: 'bar',
      barGrouping: 'clustered',
      barGapWidthPct: 40,
      catAxisLabelFontSize: 12,
      // the category axis crosses the value axis where the bars start (pptxgenjs names it
      // valAxisCrossesAt: it writes the category axis's c:crossesAt)
      ...(c.barsFrom === undefined ? {} : { valAxisCrossesAt: c.barsFrom }),
      catAxisLabelPos: 'low',
    };
  }
  const column = { barDir: 'col', barGrouping: 'clustered', barGapWidthPct: 50 } as const;
  return c.kind === 'column'
    ? column
    : { ...column, barGrouping: 'stacked', barGapWidthPct: 60, valGridLine: { style: 'none' } };
}
