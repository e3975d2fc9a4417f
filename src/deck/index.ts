// The board deck: its model as plain data and the pptx writer.
export * from './deck-model';
export {
  buildDeckModel,
  type DeckCompare,
  type DeckMeta,
  type DeckReconciliation,
} from './build-deck-model';
export { writePptxBytes } from './write-pptx';
