// How a wide sheet's blocks of columns (the Schedule's options) fall onto printed pages that hold
// `perPage` columns beside the repeated title columns: blocks share a page while they fit whole,
// and a longer block continues over as many pages as it needs.

export interface ColumnBlock {
  /** 1-based first column of the block. */
  first: number;
  columns: number;
}

export interface ColumnPage {
  /** 1-based first column printed on the page. */
  first: number;
  /** The block this page starts with, by index. */
  block: number;
  /** The page starts partway through that block (its title is repeated there). */
  continues: boolean;
}

export function columnPages(blocks: readonly ColumnBlock[], perPage: number): ColumnPage[] {
  const pages: ColumnPage[] = [];
  let used = perPage;
  blocks.forEach((block, index) => {
    if (used + block.columns > perPage) {
      pages.push({ first: block.first, block: index, continues: false });
      used = 0;
    }
    let left = block.columns;
    let column = block.first;
    while (left > 0) {
      if (used === perPage) {
        pages.push({ first: column, block: index, continues: true });
        used = 0;
      }
      const take = Math.min(perPage - used, left);
      used += take;
      column += take;
      left -= take;
    }
  });
  return pages;
}
