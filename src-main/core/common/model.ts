/**
 * The journal's domain vocabulary, shared by the core, the IPC contract, the CLI and the renderer:
 * one file per domain in types/, gathered here so an import names the thing, not its file.
 */
export * from './types/vocabulary';
export * from './types/dramas';
export * from './types/reviews';
export * from './types/notes';
export * from './types/settings';
export * from './types/search';
export * from './types/cast';
export * from './types/stats';
export * from './types/transfer';
export * from './types/covers';
export * from './types/diary';
export * from './types/lists';
export * from './types/publish';
