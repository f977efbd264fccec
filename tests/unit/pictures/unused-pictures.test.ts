/**
 * Pictures no review and no revision names any more leave the media folder
 * (the app does this as it starts), a day after they were written; everything
 * still named, everything younger, and anything that is not a picture copy stays.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Clock } from '../../../src-main/core/clock';
import type { ReviewSaveInput } from '../../../src-main/core/common/model';
import { mediaDirFor } from '../../../src-main/core/pictures/picture-store';
import { sampleDrama } from '../../support/temp-journal';
import { useJournal } from '../core/fixtures';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const DAY = 24 * 60 * 60 * 1000;

/** A different small picture each time: the PNG with bytes after its end. */
const picture = (n: number) => Buffer.concat([PNG, Buffer.from(`extra ${n}`)]);

function setup() {
  let now = Date.parse('2026-03-01T10:00:00.000Z');
  const clock: Clock = { now: () => new Date(now) };
  const t = useJournal(clock);
  const outside = join(t.dir, 'elsewhere');
  mkdirSync(outside);
  let count = 0;
  /** Copies a new picture into the journal, as adding one in the editor does. */
  const addPicture = () => {
    const source = join(outside, `still-${++count}.png`);
    writeFileSync(source, picture(count));
    return t.journal.pictures.importFile(source);
  };
  const save = (dramaId: number, files: string[]): void => {
    const input: ReviewSaveInput = {
      dramaId,
      grade: 'B+',
      reviewer: { name: 'Jill', location: 'USA' },
      intro: ['Intro.'],
      story: ['Story one.', 'Story two.'],
      closing: [],
      pictures: files.map((file) => ({ file, alt: '', section: 'story', afterParagraph: 1 })),
      state: 'draft',
    };
    t.journal.reviews.save(input);
  };
  return { ...t, media: mediaDirFor(t.path), addPicture, save, pass: (ms: number) => (now += ms) };
}

test('a picture named by no review and no revision goes once it is a day old; named ones stay', () => {
  const t = setup();
  const kept = t.journal.dramas.create(sampleDrama);
  const deleted = t.journal.dramas.create({ ...sampleDrama, title: 'Gone Drama' });

  const inReview = t.addPicture();
  const inOldRevision = t.addPicture();
  const ofDeletedDrama = t.addPicture();
  const neverSaved = t.addPicture();

  t.save(kept.id, [inReview, inOldRevision]);
  t.pass(10 * 60 * 1000);
  // A later revision without it: the earlier revision still names it, and may be restored.
  t.save(kept.id, [inReview]);
  t.save(deleted.id, [ofDeletedDrama]);
  t.journal.dramas.delete(deleted.id);

  // Copies written just now are left, named or not: an editor may be about to save one.
  expect(t.journal.removeUnusedPictures()).toBe(0);
  expect(readdirSync(t.media).sort()).toEqual([inReview, inOldRevision, ofDeletedDrama, neverSaved].sort());

  expect(t.journal.removeUnusedPictures(Date.now() + 2 * DAY)).toBe(2);
  expect(readdirSync(t.media).sort()).toEqual([inReview, inOldRevision].sort());
  expect(t.journal.reviews.get(kept.id)!.pictures.map((p) => p.file)).toEqual([inReview]);
});

test('only copies older than a day go, and files that are not picture copies are never touched', () => {
  const t = setup();
  const old = t.addPicture();
  const young = t.addPicture();
  const twoDaysAgo = (Date.now() - 2 * DAY) / 1000;
  utimesSync(join(t.media, old), twoDaysAgo, twoDaysAgo);
  const leftover = join(t.media, `.${'b'.repeat(64)}.png.partial-1234`);
  const usersOwn = join(t.media, 'my notes.txt');
  const lookalike = join(t.media, `${'c'.repeat(64)}.bmp`);
  for (const path of [leftover, usersOwn, lookalike]) {
    writeFileSync(path, 'x');
    utimesSync(path, twoDaysAgo, twoDaysAgo);
  }

  expect(t.journal.removeUnusedPictures()).toBe(2);
  expect(existsSync(join(t.media, old))).toBe(false);
  expect(existsSync(leftover)).toBe(false);
  expect(readdirSync(t.media).sort()).toEqual([young, 'my notes.txt', `${'c'.repeat(64)}.bmp`].sort());
});

test('a journal without a media folder has nothing to remove', () => {
  const t = setup();
  expect(existsSync(t.media)).toBe(false);
  expect(t.journal.removeUnusedPictures(Date.now() + 2 * DAY)).toBe(0);
});
