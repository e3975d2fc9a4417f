// The shape of the house, as a newcomer is told it: src/engine is the model, the other folders of
// src/ are layers above it importing downward only, the faces call src/ through its index, no
// import cycle anywhere, and no module keeps state between calls.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph, importCycles, sourceFiles } from './import-graph';

/** src/'s folders from the bottom up: a folder may import its own and those before it. */
const LAYERS = [
  ['engine', 'math', 'text'],
  ['scenario'],
  ['analysis', 'reconcile'],
  ['uncertainty'],
  ['export'],
  ['exhibit'],
  ['deck'],
  ['cli'],
] as const;

const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.some((f) => f === folder));
const srcFolder = (file: string) => file.split('/')[1];

describe('the layout of src/', () => {
  it('holds only index.ts and folders at its root, each folder one of the layers', () => {
    for (const entry of readdirSync('src')) {
      if (statSync(`src/${entry}`).isDirectory()) expect(layerOf(entry), entry).not.toBe(-1);
      else expect(entry).toBe('index.ts');
    }
  });

  it('imports downward only: no layer reaches one above it', () => {
    const graph = importGraph(sourceFiles(['src']));
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      if (file === 'src/index.ts') continue;
      for (const target of imports) {
        if (target === 'src/index.ts') upward.push(`${file} -> ${target} (the faces' index)`);
        else if (layerOf(srcFolder(target)) > layerOf(srcFolder(file)))
          upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });
});

describe('imports', () => {
  const files = sourceFiles(['src', 'functions', 'taskpane']);
  const graph = importGraph(files);

  it('form no cycle in src/, functions/ or taskpane/ (type-only imports included)', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  // the deck, the exhibit and the xlsx writer load on demand, as chunks of their own (pptxgenjs, docx and exceljs
  // would weigh on the taskpane's start-up): their entries are public too, imported with import()
  const ON_DEMAND = ['src/deck/index.ts', 'src/exhibit/index.ts', 'src/export/write-xlsx.ts'];

  it('from the faces reach src/ through its index only (and the entries loaded on demand)', () => {
    const deep: string[] = [];
    for (const [file, imports] of graph) {
      if (file.startsWith('src/')) continue;
      for (const target of imports)
        if (target.startsWith('src/') && target !== 'src/index.ts' && !ON_DEMAND.includes(target))
          deep.push(`${file} -> ${target}`);
    }
    expect(deep).toEqual([]);
  });

  it('of the index name each module it re-exports, never a whole module (nothing internal leaks)', () => {
    expect(readFileSync('src/index.ts', 'utf8')).not.toMatch(/export \* from/);
  });
});

describe('state', () => {
  // a binding that can be reassigned, or a collection or buffer that can be written, at the top
  // of a module: what one call leaves there, the next one reads
  const MUTABLE_AT_TOP =
    /^(export )?(let|var) |^(export )?const \w+(: (?!Readonly)[^=]+)? = new (Map|Set|WeakMap|WeakSet|Array|(Float|Int|Uint)\w*Array|ArrayBuffer)\b/;

  it('is never kept at the top of a module of src/', () => {
    const found: string[] = [];
    for (const file of sourceFiles(['src'])) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (MUTABLE_AT_TOP.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('is caught by the check (a mutable slot at the top of a module is found)', () => {
    for (const line of ['let last = null;', 'export let n = 0;', 'const cache = new Map();'])
      expect(MUTABLE_AT_TOP.test(line), line).toBe(true);
    for (const line of ['const WORDS: ReadonlySet<string> = new Set([', 'const A = 1;'])
      expect(MUTABLE_AT_TOP.test(line), line).toBe(false);
  });
});
