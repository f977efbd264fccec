/**
 * The publish store after Publish to all: a target that refused keeps its refusal in the results,
 * and one that met a changed server key is marked so that Settings offers Trust the new key.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import type { PublishResult, PublishTarget } from '../../../../../src-main/core/common/model';

const answers = vi.hoisted(() => ({ run: null as unknown }));
vi.mock('../../../../../src-renderer/api/client', () => ({
  api: vi.fn(async (channel: string) => {
    if (channel === 'publish.targets') return [{ name: 'host' }, { name: 'site' }] as PublishTarget[];
    if (channel === 'publish.secretPlace') return 'keychain';
    if (channel === 'publish.run') return answers.run;
    throw new Error(`unexpected channel ${channel}`);
  }),
  onProgress: () => () => {},
}));

const { publishEverywhere, usePublishStore } = await import('../../../../../src-renderer/features/publish/publish-store');

const result = (target: string, extra: Partial<PublishResult> = {}): PublishResult => ({
  target,
  url: `file:///srv/${target}`,
  dryRun: false,
  uploaded: [],
  deleted: [],
  unchanged: [],
  notes: [],
  ...extra,
});

beforeEach(() => usePublishStore.setState({ phase: 'closed', results: null, keyRefused: [] }));

test('a target whose server key changed is marked for Trust the new key; the others are published', async () => {
  answers.run = [result('host', { failure: { code: 'host-key-changed', message: 'The server at example.com shows another key' } }), result('site', { uploaded: ['index.html'] })];
  publishEverywhere();
  await vi.waitFor(() => expect(usePublishStore.getState().phase).toBe('done'));
  expect(usePublishStore.getState().results).toEqual(answers.run);
  expect(usePublishStore.getState().keyRefused).toEqual(['host']);
});

test('a refusal of another kind marks nothing', async () => {
  answers.run = [result('host', { failure: { code: 'auth-failed', message: 'wrong password' } }), result('site')];
  publishEverywhere();
  await vi.waitFor(() => expect(usePublishStore.getState().phase).toBe('done'));
  expect(usePublishStore.getState().keyRefused).toEqual([]);
});
