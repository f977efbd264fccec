/**
 * Hashes and writes files on a worker thread while the main thread renders the
 * next pages. Creating thousands of small files costs as much as rendering
 * them (more on a slow disk), and hashing them for the manifest is not free
 * either; doing both beside the rendering shortens a full export by about a
 * third. The worker runs a few lines of plain JavaScript given inline, so it
 * needs no file of its own and works the same under Node, tsx, Vitest and
 * Electron's main process.
 */
import { Worker } from 'node:worker_threads';
import { HASH_ALGORITHM, HASH_LENGTH } from './manifest';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
parentPort.on('message', (files) => {
  const results = [];
  let failure = null;
  for (const [path, content, knownHash] of files) {
    try {
      // Encoded once, for the hash and the file both.
      const bytes = Buffer.from(content);
      const hash = createHash(${JSON.stringify(HASH_ALGORITHM)}).update(bytes).digest('hex').slice(0, ${HASH_LENGTH});
      const write = hash !== knownHash;
      if (write) writeFileSync(path, bytes);
      results.push([hash, write]);
    } catch (error) {
      failure = (error && error.message) || String(error);
      break;
    }
  }
  parentPort.postMessage({ results, failure });
});
`;

/** Files per message: enough to make messaging cheap, few enough to keep the worker busy. */
const CHUNK = 32;
/** Messages in flight before the renderer waits: bounds the memory held by unwritten pages. */
const MAX_IN_FLIGHT = 16;

/** Told, once the file is dealt with, its hash and whether it was written (it is not when `knownHash` matches). */
export type WriteDone = (hash: string, written: boolean) => void;

export class WriteThread {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true });
  private chunk: [string, string, string | null][] = [];
  private chunkDone: WriteDone[] = [];
  /** Callbacks of each message sent, in order: the worker answers messages in the order it gets them. */
  private readonly sent: WriteDone[][] = [];
  private failure: string | null = null;
  private waiters: (() => void)[] = [];

  constructor() {
    this.worker.on('message', ({ results, failure }: { results: [string, boolean][]; failure: string | null }) => {
      const done = this.sent.shift() ?? [];
      results.forEach(([hash, written], i) => done[i](hash, written));
      if (failure) this.failure ??= failure;
      this.wake();
    });
    this.worker.on('error', (error) => this.stopped(error.message));
    this.worker.on('exit', () => {
      if (this.sent.length) this.stopped('the thread writing the export stopped');
    });
  }

  /** Queues a file to hash and, unless its hash is `knownHash`, write. */
  write(path: string, content: string, knownHash: string | null, done: WriteDone): void {
    this.chunk.push([path, content, knownHash]);
    this.chunkDone.push(done);
    if (this.chunk.length >= CHUNK) this.send();
  }

  /** Waits while too much is queued, so rendering never runs far ahead of the disk. */
  async keepUp(): Promise<void> {
    this.send();
    while (this.sent.length > MAX_IN_FLIGHT && !this.failure) await this.nextReply();
    this.throwIfFailed();
  }

  /** Waits until every queued file is dealt with; throws if any could not be written. */
  async drain(): Promise<void> {
    this.send();
    while (this.sent.length > 0 && !this.failure) await this.nextReply();
    this.throwIfFailed();
  }

  /** Stops the thread once it is idle; whatever it was writing is finished first. */
  async close(): Promise<void> {
    this.chunk = [];
    this.chunkDone = [];
    while (this.sent.length > 0 && !this.failure) await this.nextReply();
    await this.worker.terminate();
  }

  private send(): void {
    if (!this.chunk.length) return;
    this.worker.postMessage(this.chunk);
    this.sent.push(this.chunkDone);
    this.chunk = [];
    this.chunkDone = [];
  }

  private stopped(reason: string): void {
    this.failure ??= reason;
    this.sent.length = 0;
    this.wake();
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  private nextReply(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private throwIfFailed(): void {
    if (this.failure) throw new Error(`could not write the export: ${this.failure}`);
  }
}
