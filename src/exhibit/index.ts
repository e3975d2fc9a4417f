// The contract exhibit: its model as plain data and its two writers. The .docx writer pulls in
// the docx package, so the faces load this entry on demand (as the deck's).
export * from './exhibit-model';
export { buildExhibit, type ExhibitInput, type ExhibitPilot } from './build-exhibit';
export { type ExhibitBid } from './bid-section';
export { exhibitColumns, idColumnOf } from './exhibit-columns';
export { exhibitMarkdown } from './exhibit-markdown';
export { writeExhibitDocx } from './write-docx';
