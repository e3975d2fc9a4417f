// In-page checks that a panel fits its width: no element reaches past the box it sits in, and no
// table cell breaks a number or a word across lines. The page runs them as source text (a
// bundler's helpers, such as esbuild's __name, do not exist in the page).
import type { Page } from 'playwright-core';

const TOO_WIDE = `(() => {
  const panel = document.getElementById('tab-panel') ?? document.body;
  const found = [];
  const visit = (el, box) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    // out of the flow on purpose: visually hidden captions, popups, focus sentinels
    if (style.position === 'absolute' || style.position === 'fixed') return;
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.right > box.right + 0.5) {
      const id = el.getAttribute('data-testid') ?? el.id ?? '';
      found.push(el.tagName.toLowerCase() + (id ? '[' + id + ']' : '') + ' "' +
        (el.textContent ?? '').trim().slice(0, 40) + '": right edge ' + Math.round(rect.right) +
        ' past ' + Math.round(box.right));
    }
    for (const child of el.children) visit(child, rect.width > 0 ? rect : box);
  };
  const root = panel.getBoundingClientRect();
  for (const child of panel.children) visit(child, root);
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth)
    found.push('the page: ' + page.scrollWidth + ' px wide in ' + page.clientWidth + ' px');
  return found;
})()`;

const BREAKING = `(() => {
  const found = [];
  for (const cell of document.querySelectorAll('#tab-panel table :is(td, th)')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\\s]+/g)) {
        // each piece between hyphen breaks ("in-/house", "36-/month") must sit on one line
        let start = match.index;
        for (const piece of match[0].split(/(?<=\\w-)(?=\\w)/)) {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + piece.length);
          start += piece.length;
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)));
          if (tops.size > 1)
            found.push((cell.closest('table').getAttribute('data-testid') ?? 'table') + ': "' +
              piece + '" in "' + (cell.textContent ?? '').trim() + '"');
        }
      }
    }
  }
  return found;
})()`;

/** Elements of the tab panel whose right edge passes their container's, one line each. */
export const elementsTooWide = (page: Page): Promise<string[]> => page.evaluate(TOO_WIDE);

/**
 * Table cells where a number or a word starts on one line and ends on another ("$6,328, / 554",
 * "Cheape / st"). Words split at spaces; a break after a hyphen inside a word ("in-/house") is allowed.
 */
export const cellsBreakingWords = (page: Page): Promise<string[]> => page.evaluate(BREAKING);
