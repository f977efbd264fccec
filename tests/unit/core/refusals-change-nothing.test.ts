import { expect, test } from 'vitest';
import { drama, ok, useJournal } from './fixtures';
import { image, snapshot } from './journal-snapshot';

const fullReview = {
  dramaId: 1,
  grade: 'B+',
  reviewer: { name: 'Mina', location: 'Seoul' },
  intro: ['Intro.'],
  story: ['Story.'],
  closing: ['Closing.'],
  state: 'final',
};

/**
 * Each call is refused, by the schema, by a rule spanning fields, or by a rule
 * that needs the journal; afterwards every table, the schema and the very
 * pages of the database must be exactly as they were.
 */
const refused: [string, string, unknown][] = [
  ['dramas.create', 'episodes as text', { ...drama(), episodes: 'twelve' }],
  ['dramas.create', 'more episodes watched than the drama has', { ...drama(), watch: { episodesWatched: 13 } }],
  ['dramas.create', 'finished before started', { ...drama(), watch: { startedOn: '2024-05-02', finishedOn: '2024-05-01' } }],
  ['dramas.create', 'an unknown field', { ...drama(), id: 7 }],
  ['dramas.update', 'an empty title', { id: 1, title: '' }],
  ['dramas.update', 'more episodes watched than the drama has', { id: 1, watch: { episodesWatched: 50 } }],
  ['dramas.update', 'fewer episodes than the watched count given with it', { id: 1, episodes: 4, watch: { episodesWatched: 5 } }],
  ['dramas.update', 'finished before the stored start', { id: 1, watch: { finishedOn: '2024-03-01' } }],
  ['dramas.update', 'a drama that does not exist', { id: 99, title: 'Ghost' }],
  ['watch.update', 'a finish before the stored start', { id: 1, finishedOn: '2024-04-30' }],
  ['watch.update', 'more episodes watched than the drama has', { id: 1, episodesWatched: 13 }],
  ['watch.update', 'an unknown status', { id: 1, status: 'finished' }],
  ['reviews.save', 'final without a grade', { ...fullReview, grade: null }],
  ['reviews.save', 'final without a reviewer name', { ...fullReview, reviewer: { name: '', location: 'Seoul' } }],
  ['reviews.save', 'an unknown grade', { ...fullReview, grade: 'Z' }],
  ['reviews.save', 'a drama that does not exist', { ...fullReview, dramaId: 99 }],
  ['reviews.save', 'an over-long paragraph', { ...fullReview, closing: ['x'.repeat(20_001)] }],
  ['notes.add', 'an episode past the last', { dramaId: 1, episode: 13, text: 'past the end' }],
  ['notes.add', 'an empty note', { dramaId: 1, episode: null, text: '' }],
  ['notes.update', 'an empty note', { id: 1, text: '' }],
  ['notes.delete', 'an id that does not exist', { id: 99 }],
  ['reviews.delete', 'a drama without one', { id: 2 }],
  ['dramas.delete', 'an id that does not exist', { id: 99 }],
  ['settings.update', 'a siteUrl that is not a web address', { siteTitle: 'New', siteUrl: 'javascript:alert(1)' }],
  ['watch.nextEpisode', 'a drama already completed', { id: 2 }],
];

test.each(refused)('%s refused (%s) leaves the journal exactly as it was', async (channel, _why, input) => {
  const { dispatch, journal } = useJournal();
  await ok(
    dispatch('dramas.create', {
      ...drama(),
      watch: { status: 'watching', episodesWatched: 5, startedOn: '2024-05-01', finishedOn: null },
    }),
  );
  await ok(dispatch('dramas.create', { ...drama({ title: 'Done', episodes: 1 }), watch: { status: 'completed' } }));
  await ok(dispatch('reviews.save', { ...fullReview, state: 'draft' }));
  await ok(dispatch('notes.add', { dramaId: 1, episode: 2, text: 'a note' }));
  await ok(dispatch('settings.update', { siteTitle: 'My dramas' }));
  const rows = snapshot(journal.db);
  const pages = image(journal.db);

  const answer = await dispatch(channel, input);
  expect(answer.ok).toBe(false);

  expect(snapshot(journal.db)).toEqual(rows);
  expect(image(journal.db).equals(pages)).toBe(true);
});

test('the comparison would notice: an accepted update of one field changes both the rows and the pages', async () => {
  const { dispatch, journal } = useJournal();
  await ok(dispatch('dramas.create', drama()));
  const rows = snapshot(journal.db);
  const pages = image(journal.db);
  await ok(dispatch('watch.update', { id: 1, rewatches: 1 }));
  expect(snapshot(journal.db)).not.toEqual(rows);
  expect(image(journal.db).equals(pages)).toBe(false);
});
