import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What a user types into the drama form; omitted fields are left as they are. */
export interface TypedDrama {
  title?: string;
  nativeTitle?: string;
  platforms?: string[];
  airedMonth?: string;
  airedYear?: string;
  episodes?: string;
  genres?: string[];
  status?: string;
  episodesWatched?: string;
  startedOn?: string;
  finishedOn?: string;
  rewatches?: string;
}

/** The drama form as a user sees it: found by its visible labels. */
export function dramaForm(page: Page) {
  const field = (label: string) => page.getByLabel(label, { exact: true });
  return {
    title: field('English title'),
    nativeTitle: field('Korean title'),
    platforms: field('Platforms'),
    airedMonth: page.getByRole('group', { name: 'First aired' }).getByLabel('Month'),
    airedYear: page.getByRole('group', { name: 'First aired' }).getByLabel('Year'),
    episodes: field('Episodes'),
    genres: field('Genres'),
    status: field('Status'),
    episodesWatched: field('Episodes watched'),
    startedOn: field('Started on'),
    finishedOn: field('Finished on'),
    rewatches: field('Rewatches'),
    save: page.getByRole('button', { name: 'Save', exact: true }),
    cancel: page.getByRole('button', { name: 'Cancel', exact: true }),

    /** Types each token and presses Enter after it, as the hint says. */
    async addTokens(box: 'platforms' | 'genres', tokens: string[]) {
      const input = box === 'platforms' ? this.platforms : this.genres;
      for (const token of tokens) {
        await input.fill(token);
        await input.press('Enter');
      }
    },

    chosen(box: 'platforms' | 'genres') {
      return page.getByRole('list', { name: box === 'platforms' ? 'Chosen platforms' : 'Chosen genres' }).getByRole('listitem');
    },

    async fill(drama: TypedDrama) {
      if (drama.title !== undefined) await this.title.fill(drama.title);
      if (drama.nativeTitle !== undefined) await this.nativeTitle.fill(drama.nativeTitle);
      if (drama.platforms) await this.addTokens('platforms', drama.platforms);
      if (drama.airedMonth !== undefined) await this.airedMonth.selectOption({ label: drama.airedMonth });
      if (drama.airedYear !== undefined) await this.airedYear.fill(drama.airedYear);
      if (drama.episodes !== undefined) await this.episodes.fill(drama.episodes);
      if (drama.genres) await this.addTokens('genres', drama.genres);
      if (drama.status !== undefined) await this.status.selectOption({ label: drama.status });
      if (drama.episodesWatched !== undefined) await this.episodesWatched.fill(drama.episodesWatched);
      if (drama.startedOn !== undefined) await this.startedOn.fill(drama.startedOn);
      if (drama.finishedOn !== undefined) await this.finishedOn.fill(drama.finishedOn);
      if (drama.rewatches !== undefined) await this.rewatches.fill(drama.rewatches);
    },

    async expectError(control: ReturnType<typeof field>, message: RegExp) {
      await expect(control).toHaveAttribute('aria-invalid', 'true');
      await expect(control).toHaveAccessibleDescription(message);
    },
  };
}

/** The library's rows, top to bottom, by English title. */
export function libraryTitles(page: Page) {
  return page.getByRole('table', { name: 'Dramas in your journal' }).getByRole('rowheader').getByRole('link');
}
