import type { ExhibitModel, ExhibitTable } from './exhibit-model';
import { exhibitSections } from './exhibit-sections';

/** A table cell from the export or a definition: no cell may end the row, break it or be HTML. */
const cell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n|\r/g, ' ');

function table(t: ExhibitTable): string[] {
  return [
    `| ${t.header.map(cell).join(' | ')} |`,
    `| ${t.header.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** A fence longer than any run of backticks in the text, so no text can close it. */
function fenced(text: string, language = ''): string[] {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, text, fence];
}

/** The exhibit as Markdown, section by section as the .docx lays it out. */
export function exhibitMarkdown(model: ExhibitModel): string {
  const lines = [`# ${model.title}`, ''];
  for (const section of exhibitSections(model)) {
    lines.push(`## ${section.heading}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'text') lines.push(block.text, '');
      else if (block.kind === 'code') lines.push(...fenced(block.text, block.language), '');
      else if (block.kind === 'subheading') lines.push(`### ${block.text}`, '');
      else lines.push(...table(block.table), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
