export declare const projectRoot: string;
export type ElectronBinary =
  | { ok: true; path: string; version: string }
  | { ok: false; problem: 'missing' | 'broken'; reason: string };
export declare function findElectronBinary(root?: string): ElectronBinary;
export declare function missingElectronMessage(failure: { problem: 'missing' | 'broken'; reason: string }): string;
export declare function runsAsRoot(uid?: number | null): boolean;
export declare const ROOT_NO_SANDBOX_NOTE: string;
