import { expect, test } from 'vitest';
import { JournalError } from '../../../../src-main/core/common/errors';
import { runDeclared, headlessContext } from '../../../../src-main/core/ipc/channel';
import { CHANNELS } from '../../../../src-main/core/ipc/channels';
import { drama, noonClock, useJournal } from '../fixtures';

function journalWithEpisodes(watched: number) {
  const { journal } = useJournal(noonClock('2026-05-10'));
  const { id } = journal.dramas.create(drama({ episodes: 4, watch: { status: 'plan-to-watch' } }));
  for (let i = 0; i < watched; i++) journal.dramas.nextEpisode(id);
  return { journal, id };
}

function refusal(work: () => unknown): JournalError {
  try {
    work();
  } catch (error) {
    if (error instanceof JournalError) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

test('an episode in the log gets a grade and another day, and a null grade takes the grade away', () => {
  const { journal, id } = journalWithEpisodes(2);
  journal.diary.changeEpisode({ dramaId: id, episode: 2, grade: 'A-' });
  journal.diary.changeEpisode({ dramaId: id, episode: 1, watchedOn: '2026-05-01' });
  expect(journal.diary.episodeLog(id)).toEqual([
    { episode: 1, watchedOn: '2026-05-01', grade: null },
    { episode: 2, watchedOn: '2026-05-10', grade: 'A-' },
  ]);
  journal.diary.changeEpisode({ dramaId: id, episode: 2, grade: null, watchedOn: '2026-05-02' });
  expect(journal.diary.episodeLog(id)[1]).toEqual({ episode: 2, watchedOn: '2026-05-02', grade: null });
});

test('an episode watched twice changes its latest watch, and one not in the log yet is logged', () => {
  const { journal, id } = journalWithEpisodes(1);
  journal.diary.logEpisode(id, 1, '2026-04-01');
  journal.diary.changeEpisode({ dramaId: id, episode: 1, grade: 'B' });
  expect(journal.diary.episodeLog(id)).toEqual([
    { episode: 1, watchedOn: '2026-04-01', grade: null },
    { episode: 1, watchedOn: '2026-05-10', grade: 'B' },
  ]);
  journal.dramas.updateWatch({ id, episodesWatched: 4 });
  journal.diary.changeEpisode({ dramaId: id, episode: 3, grade: 'A+' });
  journal.diary.changeEpisode({ dramaId: id, episode: 4, watchedOn: '2026-05-09' });
  expect(journal.diary.episodeLog(id)).toEqual([
    { episode: 1, watchedOn: '2026-04-01', grade: null },
    { episode: 4, watchedOn: '2026-05-09', grade: null },
    { episode: 1, watchedOn: '2026-05-10', grade: 'B' },
    { episode: 3, watchedOn: '2026-05-10', grade: 'A+' },
  ]);
});

test('an episode past the last, or not watched yet, is refused with the field, and nothing changes', () => {
  const { journal, id } = journalWithEpisodes(1);
  const before = journal.diary.episodeLog(id);
  const error = refusal(() => journal.diary.changeEpisode({ dramaId: id, episode: 5, grade: 'A' }));
  expect({ code: error.code, field: error.field, message: error.message }).toEqual({
    code: 'invalid-input',
    field: 'episode',
    message: `episode must be at most 4: ${journal.dramas.get(id).title} has 4 episodes`,
  });
  const ahead = refusal(() => journal.diary.changeEpisode({ dramaId: id, episode: 2, grade: 'A' }));
  expect({ field: ahead.field, message: ahead.message }).toEqual({
    field: 'episode',
    message: `episode 2 of ${journal.dramas.get(id).title} is not watched yet (1 of 4 are); mark it watched first`,
  });
  expect(journal.diary.episodeLog(id)).toEqual(before);
  expect(refusal(() => journal.diary.changeEpisode({ dramaId: 99, episode: 1, grade: 'A' })).code).toBe('not-found');
});

test('the channel answers the drama’s history as it now is, and diary.history refuses a drama that is not there', async () => {
  const { journal, id } = journalWithEpisodes(1);
  const context = headlessContext(journal);
  const history = await runDeclared(CHANNELS['diary.changeEpisode'], { dramaId: id, episode: 1, grade: 'C+' }, context);
  expect(history.episodeLog).toEqual([{ episode: 1, watchedOn: '2026-05-10', grade: 'C+' }]);
  expect(history.diary).toMatchObject([{ status: 'watching', startedOn: '2026-05-10', rewatch: false }]);
  expect(await runDeclared(CHANNELS['diary.history'], { dramaId: id }, context)).toEqual(history);
  await expect(runDeclared(CHANNELS['diary.history'], { dramaId: 99 }, context)).rejects.toMatchObject({ code: 'not-found' });
});
