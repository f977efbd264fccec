import type { Grade } from '../../../src-main/core/common/model';
import type { JournalUnderTest } from './journal-under-test';

/**
 * A known journal: three finished dramas (2023-05, 2024-01, 2024-03) and one being watched.
 * Episodes 16 + 12 + 10 + 4 = 42; minutes 16×60 + 12×70 + 10×60 + 4×60 = 2,640 = 44 hours.
 */
export function seedKnownJournal(journal: JournalUnderTest) {
  const j = journal.journal;
  const add = (
    title: string,
    nativeTitle: string,
    genres: string[],
    platforms: string[],
    episodes: number,
    watch: { status: 'completed' | 'watching'; episodesWatched: number; finishedOn?: string },
    grade: Grade | null,
    episodeMinutes?: number,
  ) => {
    const drama = j.dramas.create({ title, nativeTitle, genres, platforms, episodes, aired: { year: 2023, month: 1 }, watch, ...(episodeMinutes ? { episodeMinutes } : {}) });
    if (grade) j.reviews.save({ dramaId: drama.id, grade, reviewer: { name: 'Jill', location: 'USA' }, intro: ['Fine.'], story: [], closing: [], state: 'final' });
    return drama.id;
  };
  return j.transaction(() => {
    const first = add('Moonlit Ferry', '달빛 나루', ['Romance'], ['Netflix'], 16, { status: 'completed', episodesWatched: 16, finishedOn: '2023-05-10' }, 'A');
    const second = add('Winter Letters', '겨울 편지', ['Romance', 'Comedy'], ['tvN'], 12, { status: 'completed', episodesWatched: 12, finishedOn: '2024-01-20' }, 'B', 70);
    const third = add('Night Market', '야시장', ['Comedy'], ['Netflix'], 10, { status: 'completed', episodesWatched: 10, finishedOn: '2024-03-02' }, 'A');
    const fourth = add('Harbor Lights', '항구의 불빛', ['Mystery'], ['tvN'], 8, { status: 'watching', episodesWatched: 4 }, null);
    j.cast.add({ dramaId: first, actor: 'Park Min Jae', character: 'Han Seo', role: 'lead' });
    j.cast.add({ dramaId: third, actor: 'Park Min Jae', character: null, role: 'support' });
    j.cast.add({ dramaId: second, actor: 'Lee Soo Ah', character: 'Yuna', role: 'lead' });
    return { first, second, third, fourth };
  });
}
