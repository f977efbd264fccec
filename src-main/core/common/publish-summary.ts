import type { PublishResult } from './types/publish';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What one publish did to a target, in the words the app's summary and the CLI both print:
 * "3 uploaded, 1 deleted, 9,996 unchanged", or for a preview "3 to upload, 1 to delete, 9,996 unchanged".
 */
export function publishCounts(result: PublishResult): string {
  const [uploaded, deleted, unchanged] = [count(result.uploaded.length), count(result.deleted.length), count(result.unchanged.length)];
  return result.dryRun ? `${uploaded} to upload, ${deleted} to delete, ${unchanged} unchanged` : `${uploaded} uploaded, ${deleted} deleted, ${unchanged} unchanged`;
}

/** What stopped a publish to one of several targets (the others went on), in the words the app and the CLI both print. */
export function publishStopped(result: PublishResult & { failure: { message: string } }): string {
  return `Publishing to ${result.target} stopped: ${result.failure.message}`;
}
