import { describe, expect, it } from 'vitest';
import { columnPages } from '../../src/export/column-pages';

// The Schedule prints its blocks of columns a page at a time: blocks share a page while they fit
// whole, a longer one continues on the next pages (and says so in its title there).

describe('column pages', () => {
  it('puts small blocks together and continues a long block over pages', () => {
    const blocks = [
      { first: 3, columns: 3 },
      { first: 6, columns: 2 },
      { first: 8, columns: 16 },
      { first: 24, columns: 8 },
      { first: 32, columns: 4 },
    ];
    expect(columnPages(blocks, 12)).toEqual([
      { first: 3, block: 0, continues: false },
      { first: 8, block: 2, continues: false },
      // the rest of the long block and the next block, whole, share a page
      { first: 20, block: 2, continues: true },
      { first: 32, block: 4, continues: false },
    ]);
  });

  it('never puts more than a page of columns on one page', () => {
    const blocks = [
      { first: 1, columns: 25 },
      { first: 26, columns: 1 },
    ];
    const pages = columnPages(blocks, 10);
    const ends = [...pages.slice(1).map((p) => p.first), 27];
    pages.forEach((p, i) => expect(ends[i] - p.first).toBeLessThanOrEqual(10));
    expect(pages.map((p) => p.first)).toEqual([1, 11, 21]);
  });
});
