/**
 * Latest request wins: answers can arrive out of order (a filter typed quickly,
 * one screen left for another before its data came), and only the answer to the
 * request made last may reach the screen. One per thing a store loads.
 */
export interface LatestRequest {
  /** Starts a request; the function it answers tells whether that request is still the latest. */
  begin(): () => boolean;
  /** Makes every request started so far out of date (nothing they answer will be shown). */
  invalidate(): void;
  /**
   * Runs `work` as a new request and hands its answer, or its failure, to `settle`
   * only if no later request started meanwhile; an out-of-date answer is dropped.
   */
  run<T>(work: (isLatest: () => boolean) => Promise<T>, settle: Settle<T>): Promise<void>;
}

export interface Settle<T> {
  answer(value: T): void;
  failed(error: unknown): void;
}

export function latestRequest(): LatestRequest {
  let latest = 0;
  const begin = () => {
    const id = ++latest;
    return () => id === latest;
  };
  return {
    begin,
    invalidate() {
      latest += 1;
    },
    async run(work, settle) {
      const isLatest = begin();
      let value;
      try {
        value = await work(isLatest);
      } catch (error) {
        if (isLatest()) settle.failed(error);
        return;
      }
      if (isLatest()) settle.answer(value);
    },
  };
}
