// Offline checks of the add-in manifest, as written in the repository and as built into dist/
// with another base URL. `npm run validate` runs Microsoft's online validator on top.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddinOnce, type BuiltAddin } from './build-addin';

// jsdom ships no type declarations; this is the slice used here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

function parse(xml: string): Document {
  const { DOMParser } = new JSDOM('').window;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

const all = (doc: Document | Element, name: string) => Array.from(doc.getElementsByTagName(name));
const one = (doc: Document | Element, name: string) => {
  const found = all(doc, name);
  expect(found, `exactly one <${name}>`).toHaveLength(1);
  return found[0];
};

/** Resource ids by kind: Image, Url, ShortString, LongString -> id -> DefaultValue. */
function resources(doc: Document): Record<string, Map<string, string>> {
  const kinds: Record<string, string> = {
    Images: 'Image',
    Urls: 'Url',
    ShortStrings: 'ShortString',
    LongStrings: 'LongString',
  };
  const out: Record<string, Map<string, string>> = {};
  for (const [container, kind] of Object.entries(kinds)) {
    out[kind] = new Map();
    for (const list of Array.from(doc.getElementsByTagNameNS(BT, container)))
      for (const item of Array.from(list.children))
        out[kind].set(item.getAttribute('id')!, item.getAttribute('DefaultValue')!);
  }
  return out;
}

/** Which resource kind each resid-bearing element must point to. */
function expectedKind(element: Element): string {
  const name = element.localName;
  const parent = element.parentElement?.localName;
  if (name === 'Image') return 'Image';
  if (name === 'Namespace' || (name === 'Label' && parent !== 'Supertip')) return 'ShortString';
  if (name === 'Title') return 'ShortString';
  if (name === 'Description') return 'LongString';
  return 'Url'; // SourceLocation, Runtime, FunctionFile, LearnMoreUrl
}

function checkManifest(xml: string, baseUrl: string) {
  const doc = parse(xml);
  const res = resources(doc);

  // every resid resolves, to a resource of the right kind
  const withResid = all(doc, '*').filter((e) => e.hasAttribute('resid'));
  expect(withResid.length).toBeGreaterThan(10);
  for (const element of withResid) {
    const id = element.getAttribute('resid')!;
    const kind = expectedKind(element);
    expect(res[kind].has(id), `<${element.localName} resid="${id}"> resolves to a ${kind}`).toBe(
      true,
    );
  }

  // every URL is https, under the base URL
  const urls = [
    ...all(doc, '*')
      .map((e) => e.getAttribute('DefaultValue') ?? '')
      .filter((v) => /^[a-z]+:\/\//i.test(v)),
    ...all(doc, 'AppDomain').map((e) => e.textContent!.trim()),
  ];
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    expect(url.startsWith('https://'), `${url} is https`).toBe(true);
    expect(url.startsWith(baseUrl), `${url} is under ${baseUrl}`).toBe(true);
  }
  expect(all(doc, '*').some((e) => /http:\/\//.test(e.getAttribute('DefaultValue') ?? ''))).toBe(
    false,
  );

  // Excel, custom functions in the OUTCOME namespace, one shared runtime
  expect(all(doc, 'Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(
    ['Workbook', 'Workbook'],
  );
  const sets = all(doc, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
  expect(sets).toContainEqual(['SharedRuntime', '1.1']);
  const namespace = one(doc, 'Namespace').getAttribute('resid')!;
  expect(res.ShortString.get(namespace)).toBe('OUTCOME');
  const extensionPoints = all(doc, 'ExtensionPoint').map((e) => e.getAttribute('xsi:type'));
  expect(extensionPoints).toEqual(['CustomFunctions', 'PrimaryCommandSurface']);

  // Runtime, the functions' Page, the FunctionFile and the ribbon button share one page
  const runtime = one(doc, 'Runtime');
  expect(runtime.getAttribute('lifetime')).toBe('long');
  const runtimeId = runtime.getAttribute('resid')!;
  const functions = all(doc, 'ExtensionPoint')[0];
  const sourceOf = (container: string) =>
    one(one(functions, container), 'SourceLocation').getAttribute('resid')!;
  expect(sourceOf('Page')).toBe(runtimeId);
  expect(one(doc, 'FunctionFile').getAttribute('resid')).toBe(runtimeId);
  const action = one(doc, 'Action');
  expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
  expect(one(action, 'SourceLocation').getAttribute('resid')).toBe(runtimeId);
  const taskpaneUrl = res.Url.get(runtimeId)!;
  expect(taskpaneUrl).toBe(`${baseUrl}/taskpane.html`);
  expect(one(one(doc, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toBe(
    taskpaneUrl,
  );
  expect(res.Url.get(sourceOf('Script'))).toBe(`${baseUrl}/functions.js`);
  expect(res.Url.get(sourceOf('Metadata'))).toBe(`${baseUrl}/functions.json`);

  // the least permission that lets the taskpane write its sheets
  expect(one(doc, 'Permissions').textContent).toBe('ReadWriteDocument');
  return { doc, res };
}

describe('manifest.xml', () => {
  it('is well-formed and consistent for development at https://localhost:3000', () => {
    checkManifest(readFileSync('manifest.xml', 'utf8'), 'https://localhost:3000');
  });

  it("is read by Microsoft's office-addin-manifest as an Excel taskpane add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile('manifest.xml');
    expect(info.manifestType).toBe('xml');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.displayName).toBe('Crossover');
  });

  it('rejects a manifest that is not well-formed', () => {
    expect(() => parse('<OfficeApp><Id></OfficeApp>')).toThrow(/not well-formed/);
  });

  describe('as built into dist/ with another base URL', () => {
    let built: BuiltAddin;
    beforeAll(async () => {
      built = await buildAddinOnce();
    });

    it('is rebased, consistent, and every file it names exists', () => {
      const xml = readFileSync(join(built.outDir, 'manifest.xml'), 'utf8');
      expect(xml).not.toContain('localhost');
      const { res, doc } = checkManifest(xml, built.baseUrl);
      const files = [
        ...res.Image.values(),
        ...[...res.Url.values()].filter((u) => !u.endsWith('taskpane.html')),
        one(doc, 'IconUrl').getAttribute('DefaultValue')!,
        one(doc, 'HighResolutionIconUrl').getAttribute('DefaultValue')!,
      ];
      for (const url of files) {
        const file = join(built.outDir, url.slice(built.baseUrl.length + 1).split('#')[0]);
        expect(existsSync(file), `${url} is built (${file})`).toBe(true);
      }
    });

    it('gives every function a help URL that lands on its section of the help page', () => {
      const metadata = JSON.parse(readFileSync(join(built.outDir, 'functions.json'), 'utf8'));
      const page = readFileSync(join(built.outDir, 'functions-help.html'), 'utf8');
      for (const fn of metadata.functions) {
        expect(fn.helpUrl).toBe(`${built.baseUrl}/functions-help.html#${fn.id.toLowerCase()}`);
        expect(page).toContain(`<section id="${fn.id.toLowerCase()}">`);
      }
    });
  });
});
