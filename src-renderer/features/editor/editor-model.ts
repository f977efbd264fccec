/**
 * What the review editor holds while the user writes, and how it becomes the
 * core's input and the preview's review. Pure functions, no React.
 *
 * Each section (intro, story, closing) is a list of blocks: text blocks, written
 * in a textarea where a blank line starts a new paragraph, with pictures between
 * them. A section always starts and ends with a text block and never has two
 * pictures or two text blocks side by side, so there is a place to write before,
 * between and after pictures. Text is kept exactly as typed (nothing is reformatted
 * while the user writes, which would break input methods); it is split into
 * paragraphs only when saved or previewed.
 */
import type {
  Grade,
  Review,
  ReviewSection,
  ReviewSaveInput,
  ReviewState,
  StoredPicture,
} from '@common/model';
import { STORY_HEADING } from '@common/house-format/format';
import { REVIEW_SECTIONS } from '@common/model';

/** The sections' headings, as the house format writes the story's. */
export const SECTION_LABELS: Record<ReviewSection, string> = { intro: 'Intro', story: STORY_HEADING, closing: 'Closing' };

export interface TextBlock {
  kind: 'text';
  key: string;
  text: string;
}

export interface PictureBlock {
  kind: 'picture';
  key: string;
  file: string;
  alt: string;
}

export type Block = TextBlock | PictureBlock;

export type Sections = Record<ReviewSection, Block[]>;

export interface ReviewDraft {
  grade: Grade | null;
  reviewerName: string;
  reviewerLocation: string;
  state: ReviewState;
  sections: Sections;
}

let nextKey = 0;
export const newKey = (prefix: string) => `${prefix}${++nextKey}`;

export const textBlock = (text = '', key = newKey('t')): TextBlock => ({ kind: 'text', key, text });

// ---- paragraphs ---------------------------------------------------------------

const BLANK_LINE = /\n[ \t\u00a0]*\n/;

/**
 * The paragraphs of typed text: a blank line ends a paragraph; a single line break
 * inside one is read as a space (the house format writes a paragraph on one line).
 */
export function splitParagraphs(text: string): string[] {
  if (text.trim() === '') return [];
  return text
    .replace(/\r\n?/g, '\n')
    .split(BLANK_LINE)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

export const joinParagraphs = (paragraphs: readonly string[]) => paragraphs.join('\n\n');

/** A section's paragraphs and its pictures placed between them, as the core stores them. */
export function sectionContent(name: ReviewSection, blocks: readonly Block[]): { paragraphs: string[]; pictures: StoredPicture[] } {
  const paragraphs: string[] = [];
  const pictures: StoredPicture[] = [];
  for (const block of blocks) {
    if (block.kind === 'text') paragraphs.push(...splitParagraphs(block.text));
    else pictures.push({ file: block.file, alt: block.alt.trim(), section: name, afterParagraph: paragraphs.length });
  }
  return { paragraphs, pictures };
}

/** Blocks for stored paragraphs and pictures: the text between pictures in one textarea each. */
export function blocksOf(paragraphs: readonly string[], pictures: readonly StoredPicture[]): Block[] {
  const placed = pictures
    .map((picture, order) => ({ picture, order }))
    .sort((a, b) => a.picture.afterParagraph - b.picture.afterParagraph || a.order - b.order);
  const blocks: Block[] = [];
  let from = 0;
  for (const { picture } of placed) {
    const at = Math.min(picture.afterParagraph, paragraphs.length);
    blocks.push(textBlock(joinParagraphs(paragraphs.slice(from, Math.max(from, at)))));
    blocks.push({ kind: 'picture', key: newKey('p'), file: picture.file, alt: picture.alt });
    from = Math.max(from, at);
  }
  blocks.push(textBlock(joinParagraphs(paragraphs.slice(from))));
  return blocks;
}

// ---- the review ---------------------------------------------------------------

export function emptySections(): Sections {
  return { intro: [textBlock()], story: [textBlock()], closing: [textBlock()] };
}

export function draftOf(review: Review | null, defaults: { reviewerName: string; reviewerLocation: string }): ReviewDraft {
  if (!review) {
    return {
      grade: null,
      reviewerName: defaults.reviewerName,
      reviewerLocation: defaults.reviewerLocation,
      state: 'draft',
      sections: emptySections(),
    };
  }
  const pictures = review.pictures ?? [];
  const sections = {} as Sections;
  for (const name of REVIEW_SECTIONS) {
    sections[name] = blocksOf(
      review[name],
      pictures.filter((p) => p.section === name),
    );
  }
  return {
    grade: review.grade,
    reviewerName: review.reviewer.name,
    reviewerLocation: review.reviewer.location,
    state: review.state,
    sections,
  };
}

export function reviewInputOf(dramaId: number, draft: ReviewDraft): ReviewSaveInput {
  const parts = Object.fromEntries(REVIEW_SECTIONS.map((name) => [name, sectionContent(name, draft.sections[name])])) as Record<
    ReviewSection,
    ReturnType<typeof sectionContent>
  >;
  return {
    dramaId,
    grade: draft.grade,
    reviewer: { name: draft.reviewerName.trim(), location: draft.reviewerLocation.trim() },
    intro: parts.intro.paragraphs,
    story: parts.story.paragraphs,
    closing: parts.closing.paragraphs,
    pictures: REVIEW_SECTIONS.flatMap((name) => parts[name].pictures),
    state: draft.state,
  };
}

/** Two drafts that would save the same review have the same key. */
export function reviewKeyOf(input: ReviewSaveInput): string {
  return JSON.stringify([input.grade, input.reviewer, input.intro, input.story, input.closing, input.pictures, input.state]);
}

/** The key of the review as the core stored it, to compare with a draft's. */
export function storedReviewKey(dramaId: number, review: Review): string {
  return reviewKeyOf({
    dramaId,
    grade: review.grade,
    reviewer: review.reviewer,
    intro: review.intro,
    story: review.story,
    closing: review.closing,
    pictures: review.pictures ?? [],
    state: review.state,
  });
}

// ---- editing the blocks ---------------------------------------------------------

/** Where the caret was in a text block: the block and the offset in its text. */
export interface Caret {
  section: ReviewSection;
  blockKey: string;
  offset: number;
}

/** Joins neighbouring text blocks (left when a picture between them goes), keeping the first one's key. */
function normalise(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === 'text' && last?.kind === 'text') {
      const joined = [last.text, block.text].filter((t) => t.trim() !== '');
      out[out.length - 1] = { ...last, text: joined.join('\n\n') };
    } else if (block.kind === 'picture' && (!last || last.kind === 'picture')) {
      out.push(textBlock(), block);
    } else {
      out.push(block);
    }
  }
  if (out.length === 0 || out[out.length - 1]!.kind === 'picture') out.push(textBlock());
  return out;
}

/**
 * Where a picture goes for a caret: after the paragraph the caret is in. The text
 * block is split at the blank line that ends that paragraph.
 */
export function splitAtCaret(text: string, offset: number): { before: string; after: string } {
  const rest = text.slice(offset);
  const end = BLANK_LINE.exec(rest);
  if (!end) return { before: text.replace(/\s+$/, ''), after: '' };
  const cut = offset + end.index;
  return { before: text.slice(0, cut).replace(/\s+$/, ''), after: text.slice(cut + end[0].length).replace(/^\s+/, '') };
}

/** Inserts a picture after the paragraph holding the caret, or at the end of the section without one. */
export function insertPicture(blocks: readonly Block[], picture: Omit<PictureBlock, 'kind' | 'key'>, caret: Caret | null): { blocks: Block[]; key: string } {
  const key = newKey('p');
  const block: PictureBlock = { kind: 'picture', key, file: picture.file, alt: picture.alt };
  const index = caret ? blocks.findIndex((b) => b.key === caret.blockKey) : -1;
  if (index < 0) return { blocks: normalise([...blocks, block]), key };
  const target = blocks[index] as TextBlock;
  const { before, after } = splitAtCaret(target.text, Math.min(caret!.offset, target.text.length));
  return {
    blocks: normalise([...blocks.slice(0, index), { ...target, text: before }, block, textBlock(after), ...blocks.slice(index + 1)]),
    key,
  };
}

export function removePicture(blocks: readonly Block[], key: string): Block[] {
  return normalise(blocks.filter((b) => b.key !== key));
}

/** The paragraph number (1-based) a picture follows in its section, 0 at the start. */
export function paragraphsBefore(blocks: readonly Block[], key: string): number {
  let count = 0;
  for (const block of blocks) {
    if (block.key === key) return count;
    if (block.kind === 'text') count += splitParagraphs(block.text).length;
  }
  return count;
}

type Item = { kind: 'paragraph'; text: string } | { kind: 'picture'; block: PictureBlock };

function itemsOf(blocks: readonly Block[]): Item[] {
  return blocks.flatMap((block): Item[] =>
    block.kind === 'text' ? splitParagraphs(block.text).map((text) => ({ kind: 'paragraph', text })) : [{ kind: 'picture', block }],
  );
}

function blocksOfItems(items: readonly Item[]): Block[] {
  const blocks: Block[] = [];
  let run: string[] = [];
  for (const item of items) {
    if (item.kind === 'paragraph') run.push(item.text);
    else {
      blocks.push(textBlock(joinParagraphs(run)), item.block);
      run = [];
    }
  }
  blocks.push(textBlock(joinParagraphs(run)));
  return normalise(blocks);
}

/**
 * Moves a picture one step: past the paragraph or picture next to it, or into
 * the neighbouring section at its edge. Only the sections it leaves and enters
 * are rebuilt (their text re-joined paragraph by paragraph).
 */
export function movePicture(sections: Sections, key: string, direction: -1 | 1): Sections {
  const from = REVIEW_SECTIONS.find((name) => sections[name].some((b) => b.key === key));
  if (!from) return sections;
  const items = itemsOf(sections[from]);
  const index = items.findIndex((item) => item.kind === 'picture' && item.block.key === key);
  const target = index + direction;
  if (target >= 0 && target < items.length) {
    const moved = [...items];
    [moved[index], moved[target]] = [moved[target]!, moved[index]!];
    return { ...sections, [from]: blocksOfItems(moved) };
  }
  const neighbour = REVIEW_SECTIONS[REVIEW_SECTIONS.indexOf(from) + direction];
  if (!neighbour) return sections;
  const picture = items[index]!;
  const remaining = items.filter((_, i) => i !== index);
  const into = itemsOf(sections[neighbour]);
  const entered = direction === 1 ? [picture, ...into] : [...into, picture];
  return { ...sections, [from]: blocksOfItems(remaining), [neighbour]: blocksOfItems(entered) };
}

/** Paragraphs before the place a picture would go for this caret: after the paragraph holding it. */
export function paragraphsAtCaret(blocks: readonly Block[], caret: Caret): number {
  let count = 0;
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    if (block.key === caret.blockKey) return count + splitParagraphs(splitAtCaret(block.text, caret.offset).before).length;
    count += splitParagraphs(block.text).length;
  }
  return count;
}

/** The same blocks with keys of this session: a copy saved by an earlier session has keys that may be handed out again. */
export function rekey(sections: Sections): Sections {
  const out = {} as Sections;
  for (const name of REVIEW_SECTIONS) out[name] = sections[name].map((block) => ({ ...block, key: newKey(block.kind === 'text' ? 't' : 'p') }));
  return out;
}
