// The dev server's file lookup: only files inside dist/, the taskpane at /.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { fileFor } from '../../scripts/start.mjs';

describe('scripts/start.mjs fileFor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossover-serve-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'taskpane.html'), '<!doctype html>');
  writeFileSync(join(dir, 'functions.js'), '');
  writeFileSync(join(dir, 'assets', 'icon-32.png'), '');
  writeFileSync(join(dir, '..', 'secret.txt'), 'no');

  it('serves files of dist/, and the taskpane at /', () => {
    expect(fileFor(dir, '/functions.js?v=1')).toBe(join(dir, 'functions.js'));
    expect(fileFor(dir, '/assets/icon-32.png')).toBe(join(dir, 'assets', 'icon-32.png'));
    expect(fileFor(dir, '/')).toBe(join(dir, 'taskpane.html'));
  });

  it('refuses paths that leave dist/, directories and missing files', () => {
    expect(fileFor(dir, '/../secret.txt')).toBeNull();
    expect(fileFor(dir, '/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(dir, '/assets')).toBeNull();
    expect(fileFor(dir, '/nope.js')).toBeNull();
    expect(fileFor(dir, '/%E0%A4%A')).toBeNull();
  });
});
