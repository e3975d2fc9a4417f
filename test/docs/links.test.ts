// Every relative link and image in README.md and docs/*.md leads somewhere: the file exists, and
// a #fragment names a heading of the page it points to (GitHub's anchors). Links that leave the
// repository may only reach DOMAIN.md's folder beside it (../shared/), and are followed when that
// folder is there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const SHARED = resolve(ROOT, '..', 'shared');

const PAGES = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

/** The page's text without fenced code blocks and inline code, where brackets are not links. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '``');
}

/** The targets of inline links and images: [text](target) and ![alt](target). */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of prose(markdown).matchAll(
    /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
  ))
    targets.push(match[1]);
  return targets;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a page offers, duplicates numbered as GitHub numbers them. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const match of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

function problemsOf(page: string): string[] {
  const problems: string[] = [];
  const text = readFileSync(page, 'utf8');
  for (const target of linkTargets(text)) {
    if (isExternal(target)) continue;
    const [pathPart, fragment] = target.split('#', 2) as [string, string | undefined];
    const file = pathPart === '' ? resolve(page) : resolve(dirname(page), decodeURI(pathPart));
    const inside = !relative(ROOT, file).startsWith(`..${sep}`) && relative(ROOT, file) !== '..';
    if (!inside) {
      if (!file.startsWith(SHARED + sep)) {
        problems.push(`${page}: ${target} leaves the repository`);
        continue;
      }
      if (!existsSync(SHARED)) continue;
    }
    if (!existsSync(file)) {
      problems.push(`${page}: ${target} (no such file)`);
      continue;
    }
    if (fragment === undefined) continue;
    if (statSync(file).isDirectory() || !file.endsWith('.md')) {
      problems.push(`${page}: ${target} (a fragment on a file that is not a page)`);
      continue;
    }
    if (!anchors(readFileSync(file, 'utf8')).has(decodeURIComponent(fragment)))
      problems.push(`${page}: ${target} (no heading with that anchor)`);
  }
  return problems;
}

describe('links in README.md and docs/', () => {
  it('finds the pages and their links', () => {
    expect(PAGES).toContain('docs/README.md');
    expect(linkTargets(readFileSync('README.md', 'utf8')).length).toBeGreaterThan(5);
  });

  it('computes anchors as GitHub does', () => {
    expect(slug('The P&L beside cash (`--accounting`)')).toBe('the-pl-beside-cash---accounting');
    expect(slug('`crossover diff`: what changed since last quarter')).toBe(
      'crossover-diff-what-changed-since-last-quarter',
    );
    expect(slug('OUTCOME.PNL')).toBe('outcomepnl');
    expect([...anchors('# A\n## A\n```\n# not a heading\n```\n')]).toEqual(['a', 'a-1']);
  });

  it('ignores brackets in code', () => {
    expect(linkTargets('`[a](missing.md)`\n```\n[b](missing.md)\n```\n[c](here.md)')).toEqual([
      'here.md',
    ]);
  });

  it.each(PAGES)('%s: every relative link resolves', (page) => {
    expect(problemsOf(page)).toEqual([]);
  });
});
