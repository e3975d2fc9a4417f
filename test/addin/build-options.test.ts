// scripts/build-addin.mjs: the base URL it accepts and the files it picks up.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { customFunctionFiles, normalizeBaseUrl } from '../../scripts/build-addin.mjs';

describe('build-addin', () => {
  it('accepts https base URLs, without a trailing slash', () => {
    expect(normalizeBaseUrl('https://addins.example.com/crossover/')).toBe(
      'https://addins.example.com/crossover',
    );
    expect(normalizeBaseUrl(' https://localhost:3000 ')).toBe('https://localhost:3000');
  });

  it('rejects other schemes and non-URLs, naming the value', () => {
    expect(() => normalizeBaseUrl('http://localhost:3000')).toThrow(
      '--base-url must use https (Office add-ins load only https), got "http://localhost:3000"',
    );
    expect(() => normalizeBaseUrl('localhost:3000/x')).toThrow(/--base-url must/);
    expect(() => normalizeBaseUrl('not a url')).toThrow(
      '--base-url must be an absolute URL such as https://localhost:3000, got "not a url"',
    );
  });

  it('bundles every functions/*.ts file that declares a custom function, and only those', () => {
    const files: string[] = customFunctionFiles();
    const names = files.map((f) => f.split(/[\\/]/).pop());
    for (const name of ['counts.ts', 'crossover.ts', 'finance.ts', 'pricing.ts', 'scenario.ts'])
      expect(names).toContain(name);
    for (const name of ['coerce.ts', 'errors.ts', 'guard.ts', 'register.ts'])
      expect(names).not.toContain(name);
  });
});
