import JSZip from 'jszip';

// Reads an .xlsx package's native charts the way Excel finds them: sheet -> its rels -> drawing
// -> its rels -> chart part; each chart's title and, per series, its formulas and cached values.

export interface ChartPart {
  sheet: string;
  path: string;
  xml: string;
  title: string;
  series: { name: string; ref: string; values: number[]; categoriesRef: string }[];
  axisTitles: string[];
  valueFormat: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function relTargets(
  zip: JSZip,
  relsPath: string,
  type: string,
): Promise<Map<string, string>> {
  const rels = (await zip.file(relsPath)?.async('string')) ?? '';
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*\/>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])![1];
    const t = /Type="([^"]+)"/.exec(m[0])![1];
    const target = /Target="([^"]+)"/.exec(m[0])![1];
    if (t.endsWith(`/${type}`)) out.set(id, target);
  }
  return out;
}

const resolve = (from: string, target: string) => {
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else parts.push(piece);
  }
  return parts.join('/');
};

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]));

export async function chartParts(bytes: Uint8Array): Promise<ChartPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = await relTargets(zip, 'xl/_rels/workbook.xml.rels', 'worksheet');
  const out: ChartPart[] = [];
  for (const m of workbook.matchAll(/<sheet [^>]*\/>/g)) {
    const name = unescape(/name="([^"]+)"/.exec(m[0])![1]);
    const sheetPath = resolve('xl/workbook.xml', sheets.get(/r:id="([^"]+)"/.exec(m[0])![1])!);
    const sheetXml = await zip.file(sheetPath)!.async('string');
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
    if (!drawingId) continue;
    const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const drawingPath = resolve(
      sheetPath,
      (await relTargets(zip, relsPath, 'drawing')).get(drawingId)!,
    );
    const drawing = await zip.file(drawingPath)!.async('string');
    const charts = await relTargets(zip, drawingPath.replace(/([^/]+)$/, '_rels/$1.rels'), 'chart');
    for (const c of drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)) {
      const path = resolve(drawingPath, charts.get(c[1])!);
      const xml = await zip.file(path)!.async('string');
      const series = [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map((s) => {
        const val = /<c:val>(.*?)<\/c:val>/.exec(s[1])![1];
        const cat = /<c:cat>(.*?)<\/c:cat>/.exec(s[1])![1];
        return {
          name: unescape(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(s[1])![1]),
          ref: unescape(/<c:f>([^<]*)<\/c:f>/.exec(val)![1]),
          values: [...val.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((p) =>
            Number(p[1]),
          ),
          categoriesRef: unescape(/<c:f>([^<]*)<\/c:f>/.exec(cat)![1]),
        };
      });
      const axes = [...xml.matchAll(/<c:(catAx|valAx)>(.*?)<\/c:\1>/g)];
      out.push({
        sheet: name,
        path,
        xml,
        title: texts(/<c:chart><c:title>(.*?)<\/c:title>/.exec(xml)![1]).join(''),
        series,
        axisTitles: axes.map((a) =>
          texts(/<c:title>(.*?)<\/c:title>/.exec(a[2])?.[1] ?? '').join(''),
        ),
        valueFormat: unescape(/<c:valAx>.*?<c:numFmt formatCode="([^"]*)"/.exec(xml)![1]),
      });
    }
  }
  return out;
}
