import { expect, test } from 'vitest';
import { openJournal } from '../../../src-main/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-main/core/common/model';
import { ok, useJournal } from './fixtures';

test('a new journal has the default settings', async () => {
  const { dispatch } = useJournal();
  expect(await ok<Settings>(dispatch('settings.get', undefined))).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS.siteTitle).toBe('KDRAMALOVE KOREAN DRAMA REVIEWS');
});

test('updates change only what is given and last after reopening', async () => {
  const { dispatch, journal, path } = useJournal();
  const updated = await ok<Settings>(
    dispatch('settings.update', { reviewerName: 'Mina Park', reviewerLocation: ' Busan ', siteUrl: 'https://kdramalove.example/' }),
  );
  expect(updated).toEqual({
    ...DEFAULT_SETTINGS,
    reviewerName: 'Mina Park',
    reviewerLocation: 'Busan',
    siteUrl: 'https://kdramalove.example/',
  });
  await ok(dispatch('settings.update', { siteTitle: '드라마 일기', siteUrl: null, onboarded: true }));
  journal.close();

  const again = openJournal(path);
  try {
    expect(again.settings.get()).toEqual({
      ...DEFAULT_SETTINGS,
      siteTitle: '드라마 일기',
      reviewerName: 'Mina Park',
      reviewerLocation: 'Busan',
      siteUrl: null,
      onboarded: true,
    });
  } finally {
    again.close();
  }
});

test.each([
  [{ siteTitle: '' }, 'site title is required'],
  [{ siteUrl: 'ftp://example.com' }, 'site URL must be a web address starting with https:// or http://'],
  [{ siteUrl: 'not a url' }, 'site URL must be a web address starting with https:// or http://'],
  [{ theme: 'neon' }, 'theme must be one of system, light, dark'],
  [{ onboarded: 'yes' }, 'onboarded must be true or false'],
  [{ reviewerName: 'x'.repeat(101) }, 'reviewer name must be at most 100 characters'],
  [{ favouriteColour: 'red' }, 'unexpected field favouriteColour'],
])('refuses %j: %s, and keeps the settings', async (change, message) => {
  const { dispatch, journal } = useJournal();
  await ok(dispatch('settings.update', { reviewerName: 'Mina' }));
  const before = journal.settings.get();
  expect(await dispatch('settings.update', { siteTitle: 'Mine', ...change })).toMatchObject({
    ok: false,
    error: { code: 'invalid-input', message },
  });
  expect(journal.settings.get()).toEqual(before);
});

test('settings rows written by a newer Dramalog that this one does not know are ignored', () => {
  const { journal } = useJournal();
  journal.db.prepare("INSERT INTO settings (key, value) VALUES ('futureThing', '42')").run();
  expect(journal.settings.get()).toEqual(DEFAULT_SETTINGS);
});
