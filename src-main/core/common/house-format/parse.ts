/**
 * Reads a review written in the house format (see the project's house-format.md)
 * from plain text. Every header field and every paragraph is recovered exactly;
 * anything that is not in the format is refused with the line and what was
 * expected there. Browser-safe: the import dialog may parse as the user types.
 */
import { JournalError } from '../errors';
import { type CompleteRelease, GRADES, type Grade, type Reviewer, type YearMonth } from '../model';
import { controlCharacterIn, MAX_EPISODES, MAX_PARAGRAPH, MAX_PARAGRAPHS, MAX_TITLE, MAX_TOKEN, MAX_TOKENS } from '../validation/fields';
import { BYLINE_PREFIX, HOME_LINK_TEXT, MONTH_NAMES, OPENING_RULE, STORY_HEADING } from './format';
import type { ReviewSection } from '../model';
import type { ParsedReview, PictureSlot } from './model';
import { closingLength } from './voice';

/** A house-format text that could not be read; the message names the line. */
export class ParseError extends JournalError {
  declare readonly line: number;

  constructor(
    line: number,
    readonly problem: string,
  ) {
    super('invalid-input', `line ${line}: ${problem}`, { line });
    this.name = 'ParseError';
  }
}

const RELEASE_EXAMPLE = 'a release line like "Disney+ / Hulu (Dec. 2023) 6 Episodes"';
const GENRE_EXAMPLE = '"Genre, Genre, Grade: X"';
const BYLINE_EXAMPLE = 'a byline like "Korean Drama Review by Jill, USA"';

interface Line {
  /** 1-based, as an editor shows it. */
  number: number;
  text: string;
}

interface Paragraph {
  line: number;
  text: string;
  /** Blank lines between this paragraph and the one before it. */
  blankLinesBefore: number;
}

const isBlank = (line: Line) => line.text === '';
const isRule = (line: Line) => /^~{3,}$/.test(line.text);
const isHomeLink = (text: string) => text.toUpperCase() === HOME_LINK_TEXT;
const isStoryHeading = (text: string) => /^the story:?$/i.test(text);
const hasHangul = (text: string) => /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/.test(text);
const hasLatin = (text: string) => /[A-Za-z]/.test(text);

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

function found(line: Line | undefined): string {
  if (!line) return '; the text ends here';
  return line.text ? `; found ${quote(line.text)}` : '; found a blank line';
}

/**
 * Splits into lines, dropping a byte-order mark, line-ending differences and trailing spaces.
 * Every pattern in this file runs in time linear in its line: a regular expression that can
 * start anywhere and backtrack over a run of spaces (`\s+$`, `.*?\s*`) is quadratic in that run,
 * and a pasted text may hold tens of thousands of spaces. Such patterns are spelled out in code.
 */
function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ number: index + 1, text: raw.trimEnd() }));
}

/**
 * Line separators a line may still hold (U+2028, U+2029): `.` in the old patterns stopped at
 * them, and a header field holding one is refused. Otherwise the hand-written matches below
 * answer exactly what those patterns did (checked on 200,000 random lines).
 */
const hasLineTerminator = (text: string) => /[\n\r\u2028\u2029]/.test(text);

/** `text` without trailing white space and then one trailing comma: what `(.*?),?\s*` leaves in its group. */
function beforeCommaAndSpace(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
}

/** Ends with digits, white space and `episode(s)`, as `/\d+\s+episodes?$/i` would say. */
function endsWithEpisodeCount(text: string): boolean {
  const word = /episodes?$/i.exec(text.slice(-'episodes'.length));
  if (!word) return false;
  const before = text.slice(0, text.length - word[0].length);
  const spaced = before.trimEnd();
  return spaced.length < before.length && /\d$/.test(spaced);
}

const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  MONTHS.set(name.toLowerCase(), index + 1);
  MONTHS.set(name.slice(0, 3).toLowerCase(), index + 1);
});
MONTHS.set('sept', 9);

/** `Dec. 2023`, `Dec 2023`, `December 2023`, `Sept. 2020`, `May 2021`. */
export function parseMonthYear(text: string): YearMonth | null {
  const match = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.get(match[1].toLowerCase());
  const year = Number(match[2]);
  if (!month || year < 1900 || year > 2100) return null;
  return { year, month };
}

/** Looks enough like a release line to be meant as one (then read strictly). */
function looksLikeRelease(text: string): boolean {
  return /\(\s*[A-Za-z]+\.?\s+\d{4}\s*\)/.test(text) || endsWithEpisodeCount(text);
}

function checkedTitle(line: Line, what: string): string {
  if (line.text.length > MAX_TITLE) throw new ParseError(line.number, `the ${what} is longer than ${MAX_TITLE} characters`);
  return line.text.trim();
}

function checkedTokens(line: Line, list: string, singular: string, plural: string, example: string): string[] {
  const tokens = list.split(singular === 'platform' ? '/' : ',').map((t) => t.trim());
  if (!list.trim() || tokens.some((t) => !t)) {
    throw new ParseError(line.number, `expected ${example}; a ${singular} is missing`);
  }
  if (tokens.length > MAX_TOKENS) throw new ParseError(line.number, `at most ${MAX_TOKENS} ${plural} are allowed`);
  const long = tokens.find((t) => t.length > MAX_TOKEN);
  if (long) throw new ParseError(line.number, `the ${singular} ${quote(long)} is longer than ${MAX_TOKEN} characters`);
  const seen = new Set<string>();
  for (const token of tokens) {
    if (seen.has(token.toLowerCase())) throw new ParseError(line.number, `the ${singular} ${quote(token)} is listed twice`);
    seen.add(token.toLowerCase());
  }
  return tokens;
}

/**
 * `platforms (month year) N episodes`, read as `/^(.*?)\s*\(([^()]*)\)\s*(\d+)\s+(episodes?)$/i`
 * would read it, without that pattern's backtracking over spaces. Nothing after the
 * month's closing parenthesis may hold one, so it is the line's last.
 */
function matchRelease(text: string): [platforms: string, month: string, count: string, word: string] | null {
  const close = text.lastIndexOf(')');
  const open = close < 0 ? -1 : text.lastIndexOf('(', close);
  if (open < 0) return null;
  const tail = /^\s*(\d+)\s+(episodes?)$/i.exec(text.slice(close + 1));
  const platforms = text.slice(0, open).trimEnd();
  const month = text.slice(open + 1, close);
  if (!tail || month.includes(')') || hasLineTerminator(platforms)) return null;
  return [platforms, month, tail[1], tail[2]];
}

function parseRelease(line: Line): { platforms: string[]; aired: YearMonth; episodes: number } {
  const match = matchRelease(line.text);
  if (!match) throw new ParseError(line.number, `expected ${RELEASE_EXAMPLE}${found(line)}`);
  const [platformList, monthYear, count, word] = match;
  const platforms = checkedTokens(line, platformList, 'platform', 'platforms or networks', RELEASE_EXAMPLE);
  const aired = parseMonthYear(monthYear);
  if (!aired) {
    throw new ParseError(line.number, `"(${monthYear})" is not a month and year; expected one like "(Dec. 2023)" or "(December 2023)"`);
  }
  const episodes = Number(count);
  if (episodes < 1 || episodes > MAX_EPISODES) {
    throw new ParseError(line.number, `"${count} ${word}" is not an episode count; expected 1 to ${MAX_EPISODES} episodes`);
  }
  return { platforms, aired, episodes };
}

/**
 * `genres, Grade: X`, read as `/^(.*?),?\s*Grade:\s*(.*)$/i` would read it: the first
 * `Grade:` ends the genres. Spelled out because that pattern is quadratic in a run of spaces.
 */
function matchGenreLine(text: string): [genres: string, grade: string] | null {
  const label = /grade:/i.exec(text);
  if (!label) return null;
  const genres = beforeCommaAndSpace(text.slice(0, label.index));
  const grade = text.slice(label.index + label[0].length).trimStart();
  return hasLineTerminator(genres) || hasLineTerminator(grade) ? null : [genres, grade];
}

function parseGenreLine(line: Line | undefined, number: number): { genres: string[]; grade: Grade } {
  const match = line && matchGenreLine(line.text);
  if (!line || !match) throw new ParseError(number, `expected ${GENRE_EXAMPLE}${found(line)}`);
  const [genreList, gradeText] = match;
  const genres = checkedTokens(line, genreList, 'genre', 'genres', GENRE_EXAMPLE);
  const grade = gradeText.trim().toUpperCase() as Grade;
  if (!GRADES.includes(grade)) {
    throw new ParseError(line.number, `"Grade: ${gradeText.trim()}" is not a grade; expected one of ${GRADES.join(' ')}`);
  }
  return { genres, grade };
}

function parseByline(line: Line | undefined, number: number): { name: string; location: string } {
  const prefix = BYLINE_PREFIX.trim().toLowerCase();
  if (!line || !line.text.toLowerCase().startsWith(prefix)) throw new ParseError(number, `expected ${BYLINE_EXAMPLE}${found(line)}`);
  const rest = line.text.slice(prefix.length).trim();
  const comma = rest.indexOf(',');
  const name = (comma < 0 ? rest : rest.slice(0, comma)).trim();
  const location = comma < 0 ? '' : rest.slice(comma + 1).trim();
  if (!name) throw new ParseError(line.number, `expected ${BYLINE_EXAMPLE}; the reviewer's name is missing`);
  if (name.length > 100 || location.length > 100) {
    throw new ParseError(line.number, "the reviewer's name and location must each be at most 100 characters");
  }
  return { name, location };
}

interface Header extends CompleteRelease {
  siteTitle?: string;
  grade: Grade;
  reviewer: Reviewer;
  /** Index of the first line after the header block. */
  end: number;
}

function skipBlank(lines: Line[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i += 1;
  return i;
}

/** Consecutive text lines from `from`, up to a blank line or a rule. */
function blockAt(lines: Line[], from: number): Line[] {
  const block: Line[] = [];
  for (let i = from; i < lines.length && !isBlank(lines[i]) && !isRule(lines[i]); i += 1) block.push(lines[i]);
  return block;
}

/**
 * The header: an optional banner set off by blank lines, then title, Korean
 * title, release line, genre line and byline on consecutive lines.
 */
function parseHeader(lines: Line[]): Header {
  let start = skipBlank(lines, 0);
  if (start === lines.length) {
    throw new ParseError(1, 'the text is empty; expected a review in the house format, starting with the title');
  }
  let siteTitle: string | undefined;
  let block = blockAt(lines, start);
  if (block.length === 1 && start + 1 < lines.length && isBlank(lines[start + 1])) {
    siteTitle = block[0].text.trim();
    start = skipBlank(lines, start + 1);
    block = blockAt(lines, start);
  }
  let release = block.findIndex((line) => looksLikeRelease(line.text));
  if (release === 3 && siteTitle === undefined) {
    // A banner with no blank line under it.
    siteTitle = block[0].text.trim();
    block = block.slice(1);
    start += 1;
    release = 2;
  }
  // Where a header line was expected but the block ended: the blank line or rule after it, if any.
  const at = (k: number): Line | undefined => block[k] ?? lines[start + block.length];
  const numberAt = (k: number): number => at(k)?.number ?? lines.length + 1;
  if (release < 0 || release > 2) {
    throw new ParseError(numberAt(2), `expected ${RELEASE_EXAMPLE}${found(at(2))}`);
  }
  if (release === 0) {
    throw new ParseError(
      block[0].number,
      "expected the drama's English title, then its Korean title on the next line, above the release line",
    );
  }
  if (release === 1) {
    const only = block[0];
    if (hasHangul(only.text) && !hasLatin(only.text)) {
      throw new ParseError(only.number, `expected the drama's English title above its Korean title ${quote(only.text)}`);
    }
    throw new ParseError(block[1].number, `expected the Korean title below ${quote(only.text)}${found(block[1])}`);
  }
  const { platforms, aired, episodes } = parseRelease(block[2]);
  const { genres, grade } = parseGenreLine(at(3), numberAt(3));
  const reviewer = parseByline(at(4), numberAt(4));
  if (block.length > 5) {
    throw new ParseError(block[5].number, `expected a blank line and the rule "${OPENING_RULE}" below the byline${found(block[5])}`);
  }
  return {
    siteTitle,
    title: checkedTitle(block[0], 'title'),
    nativeTitle: checkedTitle(block[1], 'Korean title'),
    platforms,
    aired,
    episodes,
    genres,
    grade,
    reviewer,
    end: start + block.length,
  };
}

/** Lines between the opening and the closing rule, checking what follows the closing rule. */
function bodyLines(lines: Line[], headerEnd: number): { body: Line[]; openingRule: Line } {
  const ruleAt = skipBlank(lines, headerEnd);
  const openingRule = lines[ruleAt];
  if (!openingRule || !isRule(openingRule)) {
    const number = openingRule?.number ?? lines[lines.length - 1].number + 1;
    throw new ParseError(number, `expected the rule "${OPENING_RULE}" below the byline${found(openingRule)}`);
  }
  let closingAt = lines.findIndex((line, i) => i > ruleAt && isRule(line));
  if (closingAt < 0) {
    // No closing rule: the text runs to the end, less a home-link line if one was kept.
    closingAt = lines.length;
    const last = skipBlankBackwards(lines, lines.length - 1);
    if (last > ruleAt && isHomeLink(lines[last].text)) closingAt = last;
  } else {
    for (const line of lines.slice(closingAt + 1)) {
      if (!isBlank(line) && !isRule(line) && !isHomeLink(line.text)) {
        throw new ParseError(
          line.number,
          `expected only "${HOME_LINK_TEXT}" and a rule after the closing rule on line ${lines[closingAt].number}${found(line)}`,
        );
      }
    }
  }
  return { body: lines.slice(ruleAt + 1, closingAt), openingRule };
}

function skipBlankBackwards(lines: Line[], from: number): number {
  let i = from;
  while (i >= 0 && isBlank(lines[i])) i -= 1;
  return i;
}

/**
 * Paragraphs are separated by blank lines; the lines of one paragraph stay
 * together. `The Story:` is always a paragraph of its own, even with no blank
 * line around it.
 */
function toParagraphs(body: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blank = 0;
  let current: Paragraph | null = null;
  let headingSeen = false;
  for (const line of body) {
    if (isBlank(line)) {
      current = null;
      blank += 1;
      continue;
    }
    if (!headingSeen && isStoryHeading(line.text)) {
      headingSeen = true;
      paragraphs.push({ line: line.number, text: line.text, blankLinesBefore: paragraphs.length ? blank : 0 });
      current = null;
      blank = 0;
      continue;
    }
    if (current) {
      current.text += `\n${line.text}`;
    } else {
      current = { line: line.number, text: line.text, blankLinesBefore: paragraphs.length ? blank : 0 };
      paragraphs.push(current);
    }
    blank = 0;
  }
  for (const paragraph of paragraphs) {
    if (paragraph.text.length > MAX_PARAGRAPH) {
      throw new ParseError(paragraph.line, `this paragraph is longer than ${MAX_PARAGRAPH} characters`);
    }
  }
  return paragraphs;
}

/** The journal refuses control characters in every text (see validation/fields); here the refusal names the line. */
function refuseControlCharacters(lines: Line[]): void {
  for (const line of lines) {
    const character = controlCharacterIn(line.text);
    if (character) throw new ParseError(line.number, `this line contains a control character (${character}); remove it`);
  }
}

/** Reads a house-format review, or throws a ParseError naming the line. */
export function parseHouseReview(text: string): ParsedReview {
  const lines = toLines(text);
  refuseControlCharacters(lines);
  const header = parseHeader(lines);
  const { body, openingRule } = bodyLines(lines, header.end);
  const paragraphs = toParagraphs(body);
  if (paragraphs.length === 0) {
    throw new ParseError(
      openingRule.number + 1,
      `expected the review text below the rule: the intro, "${STORY_HEADING}" and the story; found none`,
    );
  }
  const heading = paragraphs.findIndex((p) => isStoryHeading(p.text));
  if (heading < 0) {
    throw new ParseError(
      paragraphs[0].line,
      `expected the intro, then "${STORY_HEADING}" on a line of its own, then the story; found no "${STORY_HEADING}" line`,
    );
  }
  const intro = paragraphs.slice(0, heading);
  const story = paragraphs.slice(heading + 1);
  if (story.length === 0) {
    throw new ParseError(paragraphs[heading].line + 1, `expected the story below "${STORY_HEADING}"; found none`);
  }
  for (const [name, list] of [['intro', intro], ['story', story]] as const) {
    if (list.length > MAX_PARAGRAPHS) {
      throw new ParseError(list[MAX_PARAGRAPHS].line, `the ${name} can hold at most ${MAX_PARAGRAPHS} paragraphs`);
    }
  }
  const storyText = story.map((p) => p.text);
  const keep = storyText.length - closingLength(storyText);
  const { siteTitle, end: _end, ...fields } = header;
  return {
    ...fields,
    ...(siteTitle !== undefined ? { siteTitle } : {}),
    intro: intro.map((p) => p.text),
    story: storyText.slice(0, keep),
    closing: storyText.slice(keep),
    pictureSlots: pictureSlots(paragraphs, heading, keep),
  };
}

/** Runs of two or more blank lines between paragraphs, placed relative to the sections. */
function pictureSlots(paragraphs: Paragraph[], heading: number, storyKept: number): PictureSlot[] {
  const slots: PictureSlot[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index === 0 || paragraph.blankLinesBefore < 2) return;
    const before = index - 1;
    let section: ReviewSection;
    let afterParagraph: number;
    if (before < heading) [section, afterParagraph] = ['intro', before + 1];
    else if (before === heading) [section, afterParagraph] = ['story', 0];
    else {
      const storyBefore = before - heading;
      [section, afterParagraph] = storyBefore > storyKept ? ['closing', storyBefore - storyKept] : ['story', storyBefore];
    }
    slots.push({ section, afterParagraph, blankLines: paragraph.blankLinesBefore });
  });
  return slots;
}
