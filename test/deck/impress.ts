import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { libreOffice, type LibreOffice } from '../export/libreoffice';

export const IMPRESS = '/usr/bin/loimpress';
export const PDFTOPPM = '/usr/bin/pdftoppm';

/** A headless LibreOffice that can open decks. Throws (never skips) when Impress is absent. */
export function impress(): LibreOffice {
  if (!existsSync(IMPRESS))
    throw new Error(
      `${IMPRESS} is missing: install the Debian package libreoffice-impress (npm test does it via scripts/ensure-system-deps.mjs)`,
    );
  return libreOffice();
}

/** Renders one page of a PDF to PNG with pdftoppm (poppler-utils); throws when it is absent. */
export function renderPage(pdf: string, page: number, outStem: string, dpi = 60): string {
  if (!existsSync(PDFTOPPM))
    throw new Error(
      `${PDFTOPPM} is missing: install the Debian package poppler-utils (npm test does it via scripts/ensure-system-deps.mjs)`,
    );
  execFileSync(PDFTOPPM, [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    outStem,
  ]);
  return `${outStem}.png`;
}
