/**
 * Latest request wins (src-renderer/shared/loading/latest-request.ts): when answers
 * come back out of order, only the last request's answer or failure is shown.
 */
import { expect, test } from 'vitest';
import { latestRequest } from '../../../../../src-renderer/shared/loading/latest-request';

/** A request whose answer the test sends when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function screen() {
  const shown: string[] = [];
  return { shown, settle: { answer: (value: string) => void shown.push(value), failed: (error: unknown) => void shown.push(`failed: ${String(error)}`) } };
}

test('an older answer arriving after a newer one is dropped', async () => {
  const requests = latestRequest();
  const { shown, settle } = screen();
  const slow = deferred<string>();
  const fast = deferred<string>();
  const first = requests.run(() => slow.promise, settle);
  const second = requests.run(() => fast.promise, settle);
  fast.resolve('Soundtrack');
  await second;
  slow.resolve('Sou');
  await first;
  expect(shown).toEqual(['Soundtrack']);
});

test('an older failure arriving late does not replace the newer answer', async () => {
  const requests = latestRequest();
  const { shown, settle } = screen();
  const slow = deferred<string>();
  const first = requests.run(() => slow.promise, settle);
  await requests.run(async () => 'Moving', settle);
  slow.reject('offline');
  await first;
  expect(shown).toEqual(['Moving']);
});

test('the latest request shows its failure', async () => {
  const requests = latestRequest();
  const { shown, settle } = screen();
  await requests.run(async () => 'first', settle);
  await requests.run(() => Promise.reject(new Error('not found')), settle);
  expect(shown).toEqual(['first', 'failed: Error: not found']);
});

test('each store keeps its own latest: requests of another helper do not count', async () => {
  const list = latestRequest();
  const detail = latestRequest();
  const { shown, settle } = screen();
  const answer = deferred<string>();
  const pending = list.run(() => answer.promise, settle);
  await detail.run(async () => 'detail', settle);
  answer.resolve('list');
  await pending;
  expect(shown).toEqual(['detail', 'list']);
});

test('a request can check mid-way whether it is still the latest, and invalidate() outdates every request', async () => {
  const requests = latestRequest();
  const isLatest = requests.begin();
  expect(isLatest()).toBe(true);
  const { shown, settle } = screen();
  const step = deferred<string>();
  const seen: boolean[] = [];
  const running = requests.run(async (stillLatest) => {
    const value = await step.promise;
    seen.push(stillLatest());
    return value;
  }, settle);
  expect(isLatest()).toBe(false);
  requests.invalidate();
  step.resolve('stale');
  await running;
  expect(seen).toEqual([false]);
  expect(shown).toEqual([]);
});
