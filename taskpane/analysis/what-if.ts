// The priced negotiation items moved to the engine's derived views, where the deck uses them too.
export * from '../../src/analysis/what-if';
