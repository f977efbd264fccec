import { afterEach, expect, test } from 'vitest';
import { createDispatch } from '../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../src-main/core/ipc/handlers';
import { openTempJournal, sampleDrama } from '../support/temp-journal';

let cleanup = () => {};
afterEach(() => cleanup());

test('a drama goes in through the dispatcher and comes back out', async () => {
  const t = openTempJournal();
  cleanup = t.cleanup;
  const dispatch = createDispatch(createHandlers(t.journal));
  const created = await dispatch('dramas.create', sampleDrama);
  expect(created.ok).toBe(true);
  const bad = await dispatch('dramas.create', { ...sampleDrama, episodes: 'twelve' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'episodes must be a whole number from 1 to 999', field: 'episodes' } });
  const missing = await dispatch('dramas.create', { ...sampleDrama, title: undefined });
  expect(missing).toMatchObject({ ok: false, error: { message: 'English title is required' } });
  const list = await dispatch('dramas.list', {});
  expect(list).toMatchObject({ ok: true, value: [{ title: 'Moonlit Ferry', nativeTitle: '달빛 나루', status: 'plan-to-watch' }] });
});
