import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHANNEL_NAMES, CHANNELS } from '../../../src-main/core/ipc/channels';
import type { ChannelName } from '../../../src-main/core/ipc/contract';
import { createDispatch, type Dispatch } from '../../../src-main/core/ipc/dispatch';
import { createHandlers } from '../../../src-main/core/ipc/handlers';
import { plainName } from '../../../src-main/core/common/validation/labels';
import { openTempJournal, sampleDrama } from '../../support/temp-journal';
import { snapshot } from '../core/journal-snapshot';

/** What is wrong with the input. Every channel needs cases of the kinds that apply to it (see REQUIRED_KINDS). */
type Kind = 'not-an-object' | 'wrong-type' | 'missing' | 'unknown-field' | 'too-long' | 'unknown-value' | 'out-of-range';

interface Case {
  kind: Kind;
  input: unknown;
  /** The exact message the user sees. */
  message: string;
  /** The field the message must name, by its key or in words ('' for channels that take no input). */
  field: string;
}

const MAX_ID = Number.MAX_SAFE_INTEGER;
const idRule = `id must be a whole number from 1 to ${MAX_ID}`;

const long = (n: number) => '가'.repeat(n);

const review = {
  dramaId: 1,
  grade: 'A',
  reviewer: { name: 'Mina', location: 'Seoul' },
  intro: ['Hello.'],
  story: [],
  closing: [],
  state: 'draft',
};

function noInput(): Case[] {
  return [
    { kind: 'unknown-field', input: { verbose: true }, message: 'unexpected field verbose', field: 'verbose' },
    { kind: 'wrong-type', input: 'please', message: 'this channel takes no input', field: '' },
    { kind: 'wrong-type', input: [], message: 'this channel takes no input', field: '' },
  ];
}

function idOnly(): Case[] {
  return [
    { kind: 'not-an-object', input: 5, message: 'expected an object with an id', field: 'id' },
    { kind: 'not-an-object', input: null, message: 'expected an object with an id', field: 'id' },
    { kind: 'missing', input: {}, message: 'id is required', field: 'id' },
    { kind: 'wrong-type', input: { id: '1' }, message: idRule, field: 'id' },
    { kind: 'wrong-type', input: { id: 1.5 }, message: idRule, field: 'id' },
    { kind: 'out-of-range', input: { id: 0 }, message: idRule, field: 'id' },
    { kind: 'unknown-field', input: { id: 1, force: true }, message: 'unexpected field force', field: 'force' },
  ];
}

function dramaIdOnly(): Case[] {
  const rule = `drama must be a whole number from 1 to ${MAX_ID}`;
  return [
    { kind: 'not-an-object', input: 1, message: 'expected an object with a dramaId', field: 'dramaId' },
    { kind: 'missing', input: {}, message: 'drama is required', field: 'dramaId' },
    { kind: 'wrong-type', input: { dramaId: 'one' }, message: rule, field: 'dramaId' },
    { kind: 'out-of-range', input: { dramaId: -1 }, message: rule, field: 'dramaId' },
    { kind: 'unknown-field', input: { dramaId: 1, id: 1 }, message: 'unexpected field id', field: 'id' },
  ];
}

function publishTargetName(): Case[] {
  return [
    { kind: 'not-an-object', input: 'host', message: 'expected an object naming the publish target', field: '' },
    { kind: 'missing', input: {}, message: 'name is required', field: 'name' },
    { kind: 'wrong-type', input: { name: ['host'] }, message: 'name must be text of 1 to 40 characters', field: 'name' },
    { kind: 'too-long', input: { name: 'x'.repeat(41) }, message: 'name must be at most 40 characters', field: 'name' },
    { kind: 'unknown-field', input: { name: 'host', all: true }, message: 'unexpected field all', field: 'all' },
  ];
}

function trackerImport(): Case[] {
  return [
    { kind: 'not-an-object', input: 'Title,Rating', message: 'an import must be an object with the file text', field: 'file' },
    { kind: 'missing', input: { kind: 'auto' }, message: 'text is required', field: 'text' },
    { kind: 'wrong-type', input: { text: 42 }, message: 'text must be the CSV file as text', field: 'text' },
    { kind: 'too-long', input: { text: 'x'.repeat(20_000_001) }, message: 'the file is too large to import (at most 20 million characters)', field: 'file' },
    { kind: 'unknown-value', input: { text: 'a,b', kind: 'imdb' }, message: 'kind must be one of auto, letterboxd, mydramalist', field: 'kind' },
    { kind: 'unknown-field', input: { text: 'a,b', dryRun: true }, message: 'unexpected field dryRun', field: 'dryRun' },
  ];
}

function listFields(base: Record<string, unknown>): Case[] {
  return [
    { kind: 'wrong-type', input: { ...base, name: 7 }, message: 'name must be text of 1 to 100 characters', field: 'name' },
    { kind: 'missing', input: { ...base, name: '   ' }, message: 'name is required', field: 'name' },
    { kind: 'too-long', input: { ...base, name: long(101) }, message: 'name must be at most 100 characters', field: 'name' },
    { kind: 'too-long', input: { ...base, name: 'Best', description: long(2001) }, message: 'description must be at most 2000 characters', field: 'description' },
    { kind: 'wrong-type', input: { ...base, name: 'Best', public: 'yes' }, message: 'public must be true or false', field: 'public' },
    { kind: 'unknown-field', input: { ...base, name: 'Best', slug: 'best' }, message: 'unexpected field slug', field: 'slug' },
  ];
}

const CASES: Record<ChannelName, Case[]> = {
  'journal.info': noInput(),
  'dramas.suggestions': noInput(),
  'settings.get': noInput(),

  'dramas.get': idOnly(),
  'dramas.delete': idOnly(),
  'watch.nextEpisode': idOnly(),
  'reviews.delete': idOnly(),
  'notes.delete': idOnly(),
  'trash.restore': [
    { kind: 'not-an-object', input: 'x', message: 'expected an object with the undo token a delete answered', field: 'undoToken' },
    { kind: 'missing', input: {}, message: 'undo token is required', field: 'undoToken' },
    { kind: 'wrong-type', input: { undoToken: 'abc' }, message: 'undo token must be the token a delete answered', field: 'undoToken' },
    { kind: 'unknown-field', input: { undoToken: '0b8f7f1e-4e1a-4c52-9f0e-8f3a2d6b7c10', id: 1 }, message: 'unexpected field id', field: 'id' },
  ],
  'revisions.get': idOnly(),
  'revisions.restore': idOnly(),
  'revisions.list': dramaIdOnly(),
  'covers.get': dramaIdOnly(),
  'covers.choose': dramaIdOnly(),
  'covers.remove': dramaIdOnly(),

  'covers.paste': [
    { kind: 'not-an-object', input: 'iVBORw0KGgo=', message: 'expected an object with the drama and the picture', field: 'picture' },
    { kind: 'missing', input: { dramaId: 1 }, message: 'data is required', field: 'data' },
    { kind: 'wrong-type', input: { dramaId: 1, data: 'not base64!' }, message: 'data must be the picture as base64 text', field: 'data' },
    { kind: 'too-long', input: { dramaId: 1, data: 'A'.repeat(35_000_000) }, message: 'the picture can be at most 25 MB', field: 'picture' },
    { kind: 'unknown-field', input: { dramaId: 1, data: 'AAAA', path: '/etc/passwd' }, message: 'unexpected field path', field: 'path' },
  ],

  'covers.thumbs': [
    { kind: 'not-an-object', input: [1, 2], message: 'expected an object with the drama ids', field: 'drama ids' },
    { kind: 'wrong-type', input: { dramaIds: '1,2' }, message: 'dramaIds must be a list of drama ids', field: 'dramaIds' },
    { kind: 'too-long', input: { dramaIds: Array.from({ length: 201 }, (_, i) => i + 1) }, message: 'ask for at most 200 thumbnails at once', field: 'thumbnails' },
    { kind: 'unknown-field', input: { dramaIds: [1], size: 'web' }, message: 'unexpected field size', field: 'size' },
  ],

  'pictures.add': [
    { kind: 'not-an-object', input: 'story', message: 'expected an object with the drama, the section and the place for the picture', field: 'picture' },
    { kind: 'missing', input: { dramaId: 1, afterParagraph: 0 }, message: 'section is required', field: 'section' },
    { kind: 'wrong-type', input: { dramaId: 1, section: 'story', afterParagraph: '2' }, message: 'place in the section must be a whole number from 0 to 400', field: 'afterParagraph' },
    { kind: 'out-of-range', input: { dramaId: 1, section: 'story', afterParagraph: -1 }, message: 'place in the section must be a whole number from 0 to 400', field: 'afterParagraph' },
    { kind: 'unknown-value', input: { dramaId: 1, section: 'epilogue', afterParagraph: 0 }, message: 'section must be one of intro, story, closing', field: 'section' },
    { kind: 'unknown-field', input: { dramaId: 1, section: 'story', afterParagraph: 0, path: '/etc/passwd' }, message: 'unexpected field path', field: 'path' },
  ],

  'pictures.read': [
    { kind: 'not-an-object', input: 'a.png', message: 'expected an object with the picture file name', field: 'picture' },
    { kind: 'missing', input: {}, message: 'file is required', field: 'file' },
    { kind: 'wrong-type', input: { file: '../journal.sqlite' }, message: 'file must be the name of a picture in the journal', field: 'file' },
    { kind: 'wrong-type', input: { file: 12 }, message: 'file must be the name of a picture in the journal', field: 'file' },
    { kind: 'unknown-field', input: { file: `${'a'.repeat(64)}.png`, size: 1 }, message: 'unexpected field size', field: 'size' },
  ],

  'dramas.list': [
    { kind: 'not-an-object', input: 'romance', message: 'a library query must be an object', field: 'library query' },
    { kind: 'wrong-type', input: { year: '2024' }, message: 'year must be a whole number from 1900 to 2100', field: 'year' },
    { kind: 'wrong-type', input: { genre: ['Romance'] }, message: 'genre must be text of 1 to 60 characters', field: 'genre' },
    { kind: 'unknown-value', input: { sort: 'rating' }, message: 'sort must be one of title, grade, finished', field: 'sort' },
    { kind: 'unknown-value', input: { status: 'binged' }, message: 'status must be one of plan-to-watch, watching, on-hold, dropped, completed', field: 'status' },
    { kind: 'unknown-value', input: { grade: 'A++' }, message: 'grade must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F', field: 'grade' },
    { kind: 'too-long', input: { text: long(201) }, message: 'search text must be at most 200 characters', field: 'search text' },
    { kind: 'too-long', input: { platform: long(61) }, message: 'platform must be at most 60 characters', field: 'platform' },
    { kind: 'out-of-range', input: { limit: 0 }, message: 'limit must be a whole number from 1 to 100000', field: 'limit' },
    { kind: 'unknown-field', input: { order: 'desc' }, message: 'unexpected field order', field: 'order' },
  ],

  'dramas.create': [
    { kind: 'not-an-object', input: null, message: 'a drama must be an object with its fields', field: 'drama' },
    { kind: 'missing', input: { ...sampleDrama, title: undefined }, message: 'English title is required', field: 'title' },
    { kind: 'missing', input: { ...sampleDrama, aired: { year: 2024 } }, message: 'first aired month is required', field: 'aired' },
    // Only the title is required to add a drama: the Korean title, platforms, episodes and genres may be left out (publish-rules.ts).
    { kind: 'wrong-type', input: { ...sampleDrama, title: 42 }, message: 'English title must be text of 1 to 200 characters', field: 'title' },
    { kind: 'wrong-type', input: { ...sampleDrama, platforms: 'Netflix' }, message: 'platforms must be a list of names', field: 'platforms' },
    { kind: 'wrong-type', input: { ...sampleDrama, genres: [7] }, message: 'genre must be text of 1 to 60 characters', field: 'genre' },
    { kind: 'wrong-type', input: { ...sampleDrama, aired: '2024-03' }, message: 'first aired must be a year and a month', field: 'aired' },
    { kind: 'wrong-type', input: { ...sampleDrama, episodes: '12' }, message: 'episodes must be a whole number from 1 to 999', field: 'episodes' },
    { kind: 'wrong-type', input: { ...sampleDrama, watch: 'watching' }, message: 'watch must be a watch record', field: 'watch' },
    { kind: 'out-of-range', input: { ...sampleDrama, aired: { year: 2024, month: 0 } }, message: 'first aired month must be a whole number from 1 to 12', field: 'aired month' },
    { kind: 'too-long', input: { ...sampleDrama, title: long(201) }, message: 'English title must be at most 200 characters', field: 'title' },
    { kind: 'too-long', input: { ...sampleDrama, platforms: [long(61)] }, message: 'platform must be at most 60 characters', field: 'platform' },
    { kind: 'too-long', input: { ...sampleDrama, genres: Array.from({ length: 13 }, (_, i) => `G${i}`) }, message: 'genres can hold at most 12 entries', field: 'genres' },
    { kind: 'unknown-value', input: { ...sampleDrama, watch: { status: 'binged' } }, message: 'status must be one of plan-to-watch, watching, on-hold, dropped, completed', field: 'status' },
    { kind: 'unknown-field', input: { ...sampleDrama, rating: 5 }, message: 'unexpected field rating', field: 'rating' },
    { kind: 'unknown-field', input: { ...sampleDrama, watch: { mood: 'happy' } }, message: 'unexpected field mood in watch', field: 'mood' },
  ],

  'dramas.update': [
    { kind: 'not-an-object', input: [1], message: 'an update must be an object with the drama id', field: 'update' },
    { kind: 'missing', input: { title: 'No id' }, message: 'id is required', field: 'id' },
    { kind: 'wrong-type', input: { id: 1, episodes: true }, message: 'episodes must be a whole number from 1 to 999', field: 'episodes' },
    { kind: 'wrong-type', input: { id: 1, watch: { startedOn: 20240301 } }, message: 'started on must be a date written YYYY-MM-DD', field: 'startedOn' },
    { kind: 'wrong-type', input: { id: 1, watch: { finishedOn: '2024-02-30' } }, message: 'finished on must be a real date written YYYY-MM-DD', field: 'finishedOn' },
    { kind: 'too-long', input: { id: 1, nativeTitle: long(201) }, message: 'Korean title must be at most 200 characters', field: 'nativeTitle' },
    { kind: 'unknown-value', input: { id: 1, watch: { status: 'done' } }, message: 'status must be one of plan-to-watch, watching, on-hold, dropped, completed', field: 'status' },
    { kind: 'unknown-field', input: { id: 1, review: {} }, message: 'unexpected field review', field: 'review' },
  ],

  'watch.update': [
    { kind: 'not-an-object', input: 'watching', message: 'a watch update must be an object with the drama id', field: 'watch update' },
    { kind: 'missing', input: { status: 'watching' }, message: 'id is required', field: 'id' },
    { kind: 'wrong-type', input: { id: 1, episodesWatched: '3' }, message: 'episodes watched must be a whole number from 0 to 999', field: 'episodesWatched' },
    { kind: 'wrong-type', input: { id: 1, rewatches: -1 }, message: 'rewatches must be a whole number from 0 to 999', field: 'rewatches' },
    { kind: 'wrong-type', input: { id: 1, startedOn: '1 March 2024' }, message: 'started on must be a real date written YYYY-MM-DD', field: 'startedOn' },
    { kind: 'too-long', input: { id: 1, finishedOn: `2024-03-01${' '.repeat(500)}` }, message: 'finished on must be a real date written YYYY-MM-DD', field: 'finishedOn' },
    { kind: 'unknown-value', input: { id: 1, status: 'Watching' }, message: 'status must be one of plan-to-watch, watching, on-hold, dropped, completed', field: 'status' },
    { kind: 'unknown-field', input: { id: 1, progress: 3 }, message: 'unexpected field progress', field: 'progress' },
  ],

  'reviews.save': [
    { kind: 'not-an-object', input: 'A+', message: 'a review must be an object with its fields', field: 'review' },
    { kind: 'missing', input: { ...review, dramaId: undefined }, message: 'drama is required', field: 'dramaId' },
    { kind: 'missing', input: { ...review, reviewer: undefined }, message: 'reviewer is required', field: 'reviewer' },
    { kind: 'missing', input: { ...review, grade: undefined }, message: 'grade is required', field: 'grade' },
    { kind: 'missing', input: { ...review, reviewer: { name: 'Mina' } }, message: 'reviewer location is required', field: 'reviewer' },
    { kind: 'wrong-type', input: { ...review, intro: 'Hello.' }, message: 'intro must be a list of paragraphs', field: 'intro' },
    { kind: 'wrong-type', input: { ...review, reviewer: 'Mina' }, message: 'reviewer must have a name and a location', field: 'reviewer' },
    { kind: 'wrong-type', input: { ...review, dramaId: '1' }, message: `drama must be a whole number from 1 to ${MAX_ID}`, field: 'dramaId' },
    { kind: 'too-long', input: { ...review, story: ['x'.repeat(20_001)] }, message: 'paragraph must be at most 20000 characters', field: 'paragraph' },
    { kind: 'too-long', input: { ...review, closing: Array.from({ length: 401 }, () => 'p') }, message: 'closing can hold at most 400 paragraphs', field: 'closing' },
    { kind: 'too-long', input: { ...review, reviewer: { name: long(101), location: '' } }, message: 'reviewer name must be at most 100 characters', field: 'reviewer name' },
    { kind: 'unknown-value', input: { ...review, grade: 'S' }, message: 'grade must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F', field: 'grade' },
    { kind: 'unknown-value', input: { ...review, state: 'published' }, message: 'state must be one of draft, final', field: 'state' },
    { kind: 'unknown-field', input: { ...review, html: '<p>' }, message: 'unexpected field html', field: 'html' },
    { kind: 'unknown-field', input: { ...review, reviewer: { name: 'Mina', location: '', email: 'm@x' } }, message: 'unexpected field email in reviewer', field: 'email' },
    { kind: 'wrong-type', input: { ...review, pictures: [{ file: '/home/me/still.png', alt: '', section: 'intro', afterParagraph: 0 }] }, message: 'file must be the name of a picture in the journal', field: 'file' },
    { kind: 'too-long', input: { ...review, pictures: [{ file: `${'a'.repeat(64)}.png`, alt: long(501), section: 'intro', afterParagraph: 0 }] }, message: 'alt text must be at most 500 characters', field: 'alt text' },
    { kind: 'unknown-value', input: { ...review, pictures: [{ file: `${'a'.repeat(64)}.png`, alt: '', section: 'footer', afterParagraph: 0 }] }, message: 'section must be one of intro, story, closing', field: 'section' },
  ],

  'notes.add': [
    { kind: 'not-an-object', input: 'note', message: 'a note must be an object with its drama, episode and text', field: 'note' },
    { kind: 'missing', input: { dramaId: 1, text: 'x' }, message: 'episode is required', field: 'episode' },
    { kind: 'missing', input: { dramaId: 1, episode: null }, message: 'text is required', field: 'text' },
    { kind: 'wrong-type', input: { dramaId: 1, episode: '2', text: 'x' }, message: 'episode must be a whole number from 1 to 999', field: 'episode' },
    { kind: 'wrong-type', input: { dramaId: 1, episode: null, text: ['x'] }, message: 'note must be text of 1 to 20000 characters', field: 'note' },
    { kind: 'too-long', input: { dramaId: 1, episode: null, text: long(20_001) }, message: 'note must be at most 20000 characters', field: 'note' },
    { kind: 'unknown-field', input: { dramaId: 1, episode: null, text: 'x', public: true }, message: 'unexpected field public', field: 'public' },
  ],

  'notes.update': [
    { kind: 'not-an-object', input: 3, message: 'a note update must be an object with the note id and text', field: 'note' },
    { kind: 'missing', input: { text: 'x' }, message: 'id is required', field: 'id' },
    { kind: 'wrong-type', input: { id: 1, text: 5 }, message: 'note must be text of 1 to 20000 characters', field: 'note' },
    { kind: 'too-long', input: { id: 1, text: long(20_001) }, message: 'note must be at most 20000 characters', field: 'note' },
    { kind: 'unknown-field', input: { id: 1, text: 'x', episode: 2 }, message: 'unexpected field episode', field: 'episode' },
  ],

  'settings.update': [
    { kind: 'not-an-object', input: 'dark', message: 'settings must be an object', field: 'settings' },
    { kind: 'wrong-type', input: { onboarded: 1 }, message: 'onboarded must be true or false', field: 'onboarded' },
    { kind: 'wrong-type', input: { siteUrl: 7 }, message: 'site URL must be a web address', field: 'siteUrl' },
    { kind: 'missing', input: { siteTitle: ' ' }, message: 'site title is required', field: 'siteTitle' },
    { kind: 'too-long', input: { siteTitle: long(121) }, message: 'site title must be at most 120 characters', field: 'siteTitle' },
    { kind: 'too-long', input: { siteUrl: `https://example.com/${'a'.repeat(300)}` }, message: 'site URL must be at most 300 characters', field: 'siteUrl' },
    { kind: 'unknown-value', input: { theme: 'neon' }, message: 'theme must be one of system, light, dark', field: 'theme' },
    { kind: 'unknown-field', input: { password: 'x' }, message: 'unexpected field password', field: 'password' },
  ],

  'import.preview': [
    { kind: 'not-an-object', input: 'Title: x', message: 'expected an object with the text', field: 'text' },
    { kind: 'missing', input: {}, message: 'text is required', field: 'text' },
    { kind: 'wrong-type', input: { text: ['line'] }, message: 'text must be the review as plain text', field: 'text' },
    { kind: 'too-long', input: { text: 'x'.repeat(2_000_001) }, message: 'text must be at most 2000000 characters', field: 'text' },
    { kind: 'unknown-field', input: { text: 'x', format: 'house' }, message: 'unexpected field format', field: 'format' },
  ],

  'import.save': [
    { kind: 'not-an-object', input: null, message: 'expected an object with the text', field: 'text' },
    { kind: 'missing', input: { replace: true }, message: 'text is required', field: 'text' },
    { kind: 'wrong-type', input: { text: 'x', replace: 'yes' }, message: 'replace must be true or false', field: 'replace' },
    { kind: 'too-long', input: { text: 'x'.repeat(2_000_001) }, message: 'text must be at most 2000000 characters', field: 'text' },
    { kind: 'unknown-field', input: { text: 'x', merge: true }, message: 'unexpected field merge', field: 'merge' },
  ],

  'import.chooseFiles': noInput(),

  // The folder comes from the user through the Host, never from the page.
  'site.export': [
    { kind: 'not-an-object', input: '/tmp/site', message: 'expected an object with the export options', field: 'export options' },
    { kind: 'unknown-field', input: { outDir: '/tmp/site' }, message: 'unexpected field outDir', field: 'outDir' },
    { kind: 'wrong-type', input: { includeDrafts: 'no' }, message: 'include drafts must be true or false', field: 'includeDrafts' },
    { kind: 'wrong-type', input: { dramaId: '1' }, message: `drama must be a whole number from 1 to ${MAX_ID}`, field: 'dramaId' },
    { kind: 'out-of-range', input: { dramaId: 0 }, message: `drama must be a whole number from 1 to ${MAX_ID}`, field: 'dramaId' },
    { kind: 'unknown-field', input: { includeDrafts: true, theme: 'dark' }, message: 'unexpected field theme', field: 'theme' },
  ],

  'tasks.cancel': [
    { kind: 'not-an-object', input: 'site-export', message: 'expected an object naming the task to cancel', field: 'task' },
    { kind: 'missing', input: {}, message: 'task is required', field: 'task' },
    { kind: 'wrong-type', input: { task: 1 }, message: 'task must be one of site-export, publish', field: 'task' },
    { kind: 'unknown-value', input: { task: 'backup' }, message: 'task must be one of site-export, publish', field: 'task' },
    { kind: 'unknown-field', input: { task: 'site-export', force: true }, message: 'unexpected field force', field: 'force' },
  ],

  'publish.targets': noInput(),
  'publish.secretPlace': noInput(),
  'publish.chooseFolder': noInput(),
  'publish.chooseKeyFile': noInput(),
  // A target's name is one word, never one of the publish command's own words; its address is parsed, a password refused in it.
  'publish.add': [
    { kind: 'not-an-object', input: 'host sftp://me@example.com/www', message: 'expected an object with the target’s name and address', field: 'name' },
    { kind: 'missing', input: { url: 'file:///srv/site' }, message: 'name is required', field: 'name' },
    { kind: 'wrong-type', input: { name: 'host', url: 42 }, message: 'address must be text of 1 to 2000 characters', field: 'url' },
    { kind: 'unknown-value', input: { name: 'my host', url: 'file:///srv/site' }, message: 'name must be one word, without spaces or slashes (e.g. host, pages)', field: 'name' },
    { kind: 'unknown-value', input: { name: 'list', url: 'file:///srv/site' }, message: 'name cannot be one of add, list, remove, forget-key (the publish command\'s own words)', field: 'name' },
    { kind: 'unknown-value', input: { name: 'host', url: 'ftp://me@example.com/www' }, message: 'plain FTP sends your password unencrypted; use an ftps:// (FTP over TLS) or sftp:// address', field: 'url' },
    { kind: 'unknown-value', input: { name: 'host', url: 'sftp://me:hunter2@example.com/www' }, message: 'leave the password out of the address: Dramalog keeps addresses in the journal, and passwords only in your keychain or an environment variable', field: 'url' },
    { kind: 'unknown-value', input: { name: 'pages', url: 'git+https://example.com/me/site.git' }, message: 'the address must say which branch to publish to after #, e.g. git+https://example.com/me/site.git#gh-pages', field: 'url' },
    { kind: 'too-long', input: { name: 'host', url: 'file:///srv/site', secret: 'x'.repeat(1001) }, message: 'password must be at most 1000 characters', field: 'secret' },
    { kind: 'unknown-value', input: { name: 'host', url: 'file:///srv/site', secret: 'pa\u0000ss' }, message: 'password contains a control character (U+0000); remove it', field: 'secret' },
    { kind: 'unknown-field', input: { name: 'host', url: 'file:///srv/site', password: 'x' }, message: 'unexpected field password', field: 'password' },
  ],
  'publish.remove': publishTargetName(),
  'publish.forgetHostKey': publishTargetName(),
  'publish.setSecret': [
    { kind: 'not-an-object', input: 'hunter2', message: 'expected an object with the target’s name and its password (null forgets it)', field: 'name' },
    { kind: 'missing', input: { name: 'host' }, message: 'password is required', field: 'secret' },
    { kind: 'wrong-type', input: { name: 'host', secret: 12 }, message: 'password must be text', field: 'secret' },
    { kind: 'unknown-field', input: { name: 'host', secret: null, force: true }, message: 'unexpected field force', field: 'force' },
  ],
  'publish.run': [
    { kind: 'not-an-object', input: 'host', message: 'expected an object with the publish options', field: '' },
    { kind: 'wrong-type', input: { dryRun: 'yes' }, message: 'dryRun must be true or false', field: 'dryRun' },
    { kind: 'wrong-type', input: { name: 3 }, message: 'name must be text of 1 to 40 characters', field: 'name' },
    { kind: 'unknown-field', input: { target: 'host' }, message: 'unexpected field target', field: 'target' },
  ],

  'journal.dump': noInput(),
  'journal.load': noInput(),
  'site.update': noInput(),
  'site.place': noInput(),
  'site.open': noInput(),
  'site.showFolder': noInput(),
  'transfer.chooseCsv': noInput(),

  'search.query': [
    { kind: 'not-an-object', input: 'moon', message: 'a search must be an object with its text', field: 'search' },
    { kind: 'missing', input: {}, message: 'text is required', field: 'text' },
    { kind: 'wrong-type', input: { text: 5 }, message: 'search text must be text of at most 200 characters', field: 'search text' },
    { kind: 'wrong-type', input: { text: 'moon', limit: '5' }, message: 'limit must be a whole number from 1 to 100', field: 'limit' },
    { kind: 'out-of-range', input: { text: 'moon', limit: 101 }, message: 'limit must be a whole number from 1 to 100', field: 'limit' },
    { kind: 'too-long', input: { text: long(201) }, message: 'search text must be at most 200 characters', field: 'search text' },
    { kind: 'unknown-field', input: { text: 'moon', fuzzy: true }, message: 'unexpected field fuzzy', field: 'fuzzy' },
  ],

  'cast.list': dramaIdOnly(),
  'cast.suggest': dramaIdOnly(),
  'cast.delete': idOnly(),

  'cast.add': [
    { kind: 'not-an-object', input: 'Hyun Bin', message: 'a cast member must be an object with the drama id and the actor', field: 'actor' },
    { kind: 'missing', input: { dramaId: 1 }, message: 'actor is required', field: 'actor' },
    { kind: 'missing', input: { actor: 'Hyun Bin' }, message: 'drama is required', field: 'dramaId' },
    { kind: 'wrong-type', input: { dramaId: 1, actor: 'Hyun Bin', position: 'first' }, message: 'position must be a whole number from 1 to 999', field: 'position' },
    { kind: 'wrong-type', input: { dramaId: 1, actor: ['Hyun Bin'] }, message: 'actor must be text of 1 to 100 characters', field: 'actor' },
    { kind: 'too-long', input: { dramaId: 1, actor: 'Hyun Bin', character: long(101) }, message: 'character must be at most 100 characters', field: 'character' },
    { kind: 'unknown-value', input: { dramaId: 1, actor: 'Hyun Bin', role: 'cameo' }, message: 'role must be one of lead, support', field: 'role' },
    { kind: 'unknown-field', input: { dramaId: 1, actor: 'Hyun Bin', age: 40 }, message: 'unexpected field age', field: 'age' },
  ],

  'cast.addMany': [
    { kind: 'not-an-object', input: [], message: 'expected an object with the drama id and the cast members', field: 'cast members' },
    { kind: 'missing', input: { dramaId: 1, members: [] }, message: 'members needs at least one cast member', field: 'members' },
    { kind: 'missing', input: { dramaId: 1, members: [{ role: 'lead' }] }, message: 'actor is required', field: 'actor' },
    { kind: 'wrong-type', input: { dramaId: 1, members: 'Hyun Bin' }, message: 'members must be a list of cast members', field: 'members' },
    { kind: 'wrong-type', input: { dramaId: 1, members: ['Hyun Bin'] }, message: 'each cast member must be an object with the actor', field: 'cast member' },
    { kind: 'too-long', input: { dramaId: 1, members: Array.from({ length: 201 }, (_, i) => ({ actor: `A${i}` })) }, message: 'members can hold at most 200 cast members', field: 'members' },
    { kind: 'unknown-value', input: { dramaId: 1, members: [{ actor: 'Hyun Bin', role: 'star' }] }, message: 'role must be one of lead, support', field: 'role' },
    { kind: 'unknown-field', input: { dramaId: 1, members: [{ actor: 'Hyun Bin', position: 1 }] }, message: 'unexpected field position in members.0', field: 'position' },
  ],

  'cast.update': [
    { kind: 'not-an-object', input: 1, message: 'a cast update must be an object with the cast member id', field: 'cast' },
    { kind: 'missing', input: { actor: 'Hyun Bin' }, message: 'id is required', field: 'id' },
    { kind: 'wrong-type', input: { id: 1, role: 1 }, message: 'role must be one of lead, support', field: 'role' },
    { kind: 'too-long', input: { id: 1, actor: long(101) }, message: 'actor must be at most 100 characters', field: 'actor' },
    { kind: 'unknown-value', input: { id: 1, role: 'extra' }, message: 'role must be one of lead, support', field: 'role' },
    { kind: 'unknown-field', input: { id: 1, dramaId: 2 }, message: 'unexpected field dramaId', field: 'dramaId' },
  ],

  'actors.list': noInput(),

  'actors.get': [
    { kind: 'not-an-object', input: 'Hyun Bin', message: "expected an object with the actor's name", field: 'actor' },
    { kind: 'missing', input: {}, message: 'name is required', field: 'name' },
    { kind: 'wrong-type', input: { name: 3 }, message: 'actor must be text of 1 to 100 characters', field: 'actor' },
    { kind: 'too-long', input: { name: long(101) }, message: 'actor must be at most 100 characters', field: 'actor' },
    { kind: 'unknown-field', input: { name: 'Hyun Bin', dramas: true }, message: 'unexpected field dramas', field: 'dramas' },
  ],

  'diary.list': [
    { kind: 'not-an-object', input: 2024, message: 'a diary query must be an object', field: 'diary' },
    { kind: 'wrong-type', input: { year: '2024' }, message: 'year must be a whole number from 1900 to 2100', field: 'year' },
    { kind: 'out-of-range', input: { year: 1850 }, message: 'year must be a whole number from 1900 to 2100', field: 'year' },
    { kind: 'unknown-field', input: { month: 3 }, message: 'unexpected field month', field: 'month' },
  ],
  'diary.logWatch': [
    { kind: 'not-an-object', input: 1, message: 'a logged watch must be an object with the drama id', field: 'watch' },
    { kind: 'missing', input: {}, message: 'drama is required', field: 'dramaId' },
    { kind: 'wrong-type', input: { dramaId: 1, rewatch: 'yes' }, message: 'rewatch must be true or false', field: 'rewatch' },
    { kind: 'out-of-range', input: { dramaId: 1, finishedOn: '2025-02-30' }, message: 'finished on must be a real date written YYYY-MM-DD', field: 'finishedOn' },
    { kind: 'too-long', input: { dramaId: 1, note: 'x'.repeat(2001) }, message: 'note must be at most 2000 characters', field: 'note' },
    { kind: 'unknown-field', input: { dramaId: 1, mood: 'happy' }, message: 'unexpected field mood', field: 'mood' },
  ],
  'diary.history': dramaIdOnly(),
  'diary.changeEpisode': [
    { kind: 'not-an-object', input: 3, message: 'an episode change must be an object with the drama id and the episode', field: 'episode change' },
    { kind: 'missing', input: { dramaId: 1, grade: 'A' }, message: 'episode is required', field: 'episode' },
    { kind: 'wrong-type', input: { dramaId: 1, episode: '2', grade: 'A' }, message: 'episode must be a whole number from 1 to 999', field: 'episode' },
    { kind: 'out-of-range', input: { dramaId: 1, episode: 0, grade: 'A' }, message: 'episode must be a whole number from 1 to 999', field: 'episode' },
    { kind: 'unknown-value', input: { dramaId: 1, episode: 2, grade: 'A++' }, message: 'grade must be one of A+, A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F, or none to take the grade away', field: 'grade' },
    { kind: 'out-of-range', input: { dramaId: 1, episode: 2, watchedOn: '2025-02-30' }, message: 'watched on must be a real date written YYYY-MM-DD', field: 'watchedOn' },
    { kind: 'missing', input: { dramaId: 1, episode: 2 }, message: 'give the episode a grade or the day it was watched (watched on)', field: 'grade' },
    { kind: 'unknown-field', input: { dramaId: 1, episode: 2, grade: 'A', mood: 'happy' }, message: 'unexpected field mood', field: 'mood' },
  ],

  'stats.get': [
    { kind: 'not-an-object', input: 2024, message: 'a statistics query must be an object', field: 'statistics' },
    { kind: 'wrong-type', input: { year: '2024' }, message: 'year must be a whole number from 1900 to 2100', field: 'year' },
    { kind: 'out-of-range', input: { year: 1850 }, message: 'year must be a whole number from 1900 to 2100', field: 'year' },
    { kind: 'unknown-field', input: { month: 3 }, message: 'unexpected field month', field: 'month' },
  ],

  'transfer.previewCsv': trackerImport(),
  'transfer.importCsv': trackerImport(),

  'lists.list': noInput(),
  'lists.get': idOnly(),
  'lists.delete': idOnly(),
  'lists.remove': idOnly(),
  'lists.holding': dramaIdOnly(),
  'lists.create': [
    { kind: 'not-an-object', input: 'Best', message: 'a list needs a name', field: 'name' },
    { kind: 'missing', input: {}, message: 'name is required', field: 'name' },
    ...listFields({}),
  ],
  'lists.update': [
    { kind: 'not-an-object', input: [], message: 'expected an object with the list id', field: 'id' },
    { kind: 'missing', input: { name: 'Best' }, message: 'id is required', field: 'id' },
    ...listFields({ id: 1 }),
  ],
  'lists.add': [
    { kind: 'not-an-object', input: 1, message: 'expected an object with a listId and a dramaId', field: 'listId' },
    { kind: 'missing', input: { listId: 1 }, message: 'drama is required', field: 'dramaId' },
    { kind: 'wrong-type', input: { listId: '1', dramaId: 1 }, message: `listId must be a whole number from 1 to ${MAX_ID}`, field: 'listId' },
    { kind: 'too-long', input: { listId: 1, dramaId: 1, note: long(2001) }, message: 'note must be at most 2000 characters', field: 'note' },
    { kind: 'unknown-field', input: { listId: 1, dramaId: 1, position: 1 }, message: 'unexpected field position', field: 'position' },
  ],
  'lists.move': [
    { kind: 'not-an-object', input: 'up', message: 'expected an object with an itemId and a position', field: 'itemId' },
    { kind: 'missing', input: { itemId: 1 }, message: 'position is required', field: 'position' },
    { kind: 'wrong-type', input: { itemId: 1, position: 1.5 }, message: 'position must be a whole number from 1 to 100000', field: 'position' },
    { kind: 'out-of-range', input: { itemId: 1, position: 0 }, message: 'position must be a whole number from 1 to 100000', field: 'position' },
    { kind: 'unknown-field', input: { itemId: 1, position: 1, listId: 1 }, message: 'unexpected field listId', field: 'listId' },
  ],
  'lists.note': [
    { kind: 'not-an-object', input: null, message: 'expected an object with an itemId and a note', field: 'itemId' },
    { kind: 'missing', input: { itemId: 1 }, message: 'note is required', field: 'note' },
    { kind: 'wrong-type', input: { itemId: 1, note: 3 }, message: 'note must be text of at most 2000 characters', field: 'note' },
    { kind: 'too-long', input: { itemId: 1, note: long(2001) }, message: 'note must be at most 2000 characters', field: 'note' },
    { kind: 'unknown-field', input: { itemId: 1, note: 'x', text: 'x' }, message: 'unexpected field text', field: 'text' },
  ],
};

/** The kinds of malformed input every channel must be shown to refuse. */
function requiredKinds(channel: ChannelName): Kind[] {
  const shape = (CHANNELS[channel].input as { def?: { type?: string } }).def?.type;
  if (shape !== 'object') return ['unknown-field', 'wrong-type'];
  return ['not-an-object', 'wrong-type', 'unknown-field'];
}

let dispatch: Dispatch;
let journalSnapshot: () => unknown;
let cleanup = () => {};

beforeAll(async () => {
  const temp = openTempJournal();
  cleanup = temp.cleanup;
  dispatch = createDispatch(createHandlers(temp.journal), () => {});
  // One drama, note and review exist, so a refusal cannot be mistaken for "not found".
  await dispatch('dramas.create', sampleDrama);
  await dispatch('notes.add', { dramaId: 1, episode: null, text: 'note' });
  await dispatch('reviews.save', review);
  journalSnapshot = () => snapshot(temp.journal.db);
});
afterAll(() => cleanup());

test('every channel in CHANNEL_NAMES has malformed-input cases of each kind that applies', () => {
  expect(Object.keys(CASES).sort()).toEqual([...CHANNEL_NAMES].sort());
  for (const channel of CHANNEL_NAMES) {
    const kinds = new Set((CASES[channel] ?? []).map((c) => c.kind));
    for (const kind of requiredKinds(channel)) expect(kinds.has(kind), `${channel} needs a '${kind}' case`).toBe(true);
  }
});

test('channels with text fields are shown to refuse over-long text, and channels with grades or statuses unknown ones', () => {
  const withText: ChannelName[] = ['dramas.list', 'dramas.create', 'dramas.update', 'watch.update', 'reviews.save', 'notes.add', 'notes.update', 'settings.update'];
  const withChoices: ChannelName[] = ['dramas.list', 'dramas.create', 'dramas.update', 'watch.update', 'reviews.save', 'settings.update'];
  for (const channel of withText) expect(CASES[channel].some((c) => c.kind === 'too-long'), channel).toBe(true);
  for (const channel of withChoices) expect(CASES[channel].some((c) => c.kind === 'unknown-value'), channel).toBe(true);
});

describe.each(CHANNEL_NAMES.map((channel) => [channel] as const))('%s', (channel) => {
  test.each((CASES[channel] ?? []).map((c) => [c.kind, JSON.stringify(c.input)?.slice(0, 80) ?? String(c.input), c] as const))(
    'refuses %s: %s',
    async (_kind, _shown, c) => {
      const before = journalSnapshot();
      const answer = await dispatch(channel, c.input);
      expect(answer.ok).toBe(false);
      const error = answer.ok ? null : answer.error;
      expect({ code: error?.code, message: error?.message }).toEqual({ code: 'invalid-input', message: c.message });
      // The message names the field in the words the forms use (never an internal key like nativeTitle).
      if (c.field) expect(error?.message).toContain(plainName(c.field));
      expect(journalSnapshot()).toEqual(before);
    },
  );
});

test('an unknown channel is refused', async () => {
  expect(await dispatch('dramas.drop', { id: 1 })).toEqual({ ok: false, error: { code: 'not-found', message: 'unknown channel dramas.drop' } });
  expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
});

test('well-formed input passes the schema of every channel (so each case above is refused for what it says, not for everything)', () => {
  const good: Record<ChannelName, unknown> = {
    'journal.info': undefined,
    'dramas.list': { sort: 'grade', text: '달빛', status: 'watching', grade: 'A', genre: 'Romance', platform: 'tvN', year: 2024, limit: 50 },
    'dramas.get': { id: 1 },
    'dramas.create': { ...sampleDrama, watch: { status: 'watching', episodesWatched: 2, startedOn: '2024-03-01', finishedOn: null, rewatches: 0 } },
    'dramas.update': { id: 1, episodes: 16, watch: { status: 'completed' } },
    'dramas.delete': { id: 1 },
    'dramas.suggestions': {},
    'watch.update': { id: 1, status: 'watching', finishedOn: null },
    'watch.nextEpisode': { id: 1 },
    'reviews.save': review,
    'reviews.delete': { id: 1 },
    'revisions.list': { dramaId: 1 },
    'revisions.get': { id: 1 },
    'revisions.restore': { id: 1 },
    'pictures.add': { dramaId: 1, section: 'story', afterParagraph: 2 },
    'pictures.read': { file: `${'0'.repeat(64)}.webp` },
    'covers.get': { dramaId: 1 },
    'covers.thumbs': { dramaIds: [1, 2, 3] },
    'covers.choose': { dramaId: 1 },
    'covers.paste': { dramaId: 1, data: 'iVBORw0KGgo=' },
    'covers.remove': { dramaId: 1 },
    'notes.add': { dramaId: 1, episode: 3, text: 'hm' },
    'notes.update': { id: 1, text: 'edited' },
    'notes.delete': { id: 1 },
    'trash.restore': { undoToken: '0b8f7f1e-4e1a-4c52-9f0e-8f3a2d6b7c10' },
    'settings.get': null,
    'settings.update': { theme: 'dark', siteUrl: 'https://example.com', onboarded: true },
    'import.preview': { text: 'Title' },
    'import.save': { text: 'Title', replace: false },
    'import.chooseFiles': undefined,
    'site.export': { includeDrafts: true, dramaId: 1 },
    'tasks.cancel': { task: 'site-export' },
    'publish.targets': undefined,
    'publish.secretPlace': {},
    'publish.chooseFolder': undefined,
    'publish.chooseKeyFile': {},
    'publish.add': { name: 'host', url: 'sftp://me@example.com:2222/~/www', keyFile: null, secret: 'correct horse' },
    'publish.remove': { name: 'host' },
    'publish.setSecret': { name: 'host', secret: null },
    'publish.forgetHostKey': { name: 'host' },
    'publish.run': { name: 'pages', dryRun: true },
    'journal.dump': {},
    'journal.load': undefined,
    'site.update': undefined,
    'site.place': {},
    'site.open': null,
    'site.showFolder': undefined,
    'transfer.chooseCsv': null,
    'search.query': { text: '달빛', limit: 5 },
    'cast.list': { dramaId: 1 },
    'cast.add': { dramaId: 1, actor: 'Hyun Bin', character: 'Ri Jeong-hyeok', role: 'lead', position: 1 },
    'cast.addMany': { dramaId: 1, members: [{ actor: 'Son Ye-jin', role: 'lead' }, { actor: 'Kim Jung-hyun', character: null }] },
    'cast.update': { id: 1, role: 'support' },
    'cast.delete': { id: 1 },
    'cast.suggest': { dramaId: 1 },
    'actors.list': undefined,
    'actors.get': { name: 'Hyun Bin' },
    'diary.list': { year: 2025 },
    'diary.logWatch': { dramaId: 1, finishedOn: '2025-02-14', rewatch: true, note: 'Better the second time' },
    'diary.history': { dramaId: 1 },
    'diary.changeEpisode': { dramaId: 1, episode: 3, grade: null, watchedOn: '2025-02-14' },
    'stats.get': { year: 2024 },
    'transfer.previewCsv': { text: 'Title,Rating\n', kind: 'auto' },
    'transfer.importCsv': { text: 'Title,Rating\n' },
    'lists.list': undefined,
    'lists.get': { id: 1 },
    'lists.holding': { dramaId: 1 },
    'lists.create': { name: 'Comfort rewatches', description: 'For rainy days.', public: false },
    'lists.update': { id: 1, public: true },
    'lists.delete': { id: 1 },
    'lists.add': { listId: 1, dramaId: 1, note: 'The rain scene.' },
    'lists.remove': { id: 1 },
    'lists.move': { itemId: 1, position: 2 },
    'lists.note': { itemId: 1, note: '' },
  };
  expect(Object.keys(good).sort()).toEqual([...CHANNEL_NAMES].sort());
  for (const channel of CHANNEL_NAMES) {
    const result = (CHANNELS[channel].input as { safeParse(input: unknown): { success: boolean; error?: unknown } }).safeParse(good[channel]);
    expect(result.success, `${channel}: ${JSON.stringify(result.error)}`).toBe(true);
  }
});
