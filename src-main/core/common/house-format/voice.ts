/**
 * Telling the reviewer's closing thoughts from the plot. The plain text has no
 * heading for the closing, so the import looks at the last story paragraphs:
 * the plot is told in the third person, the closing speaks as "I" or to the viewer.
 */

/** Quoted speech belongs to the characters, not to the reviewer: each opening quote and what closes it. */
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“”' };

/**
 * The paragraph with each quotation (`"…"`, `“…”`, `„…“`) replaced by a space, as
 * `/"[^"]*"|“[^”]*”|„[^“”]*[“”]/g` would. Scanned by hand: that pattern looks for a
 * closing quote from every unclosed opening one, quadratic in a run of them.
 */
function withoutQuotations(paragraph: string): string {
  const unclosed = new Set<string>();
  let kept = '';
  let from = 0;
  for (let i = 0; i < paragraph.length; i += 1) {
    const closers = CLOSING_QUOTES[paragraph[i]];
    if (closers === undefined || unclosed.has(paragraph[i])) continue;
    const end = nextOf(paragraph, closers, i + 1);
    if (end < 0) {
      // No closing quote after this one, so none after a later one either.
      unclosed.add(paragraph[i]);
      continue;
    }
    kept += `${paragraph.slice(from, i)} `;
    from = end + 1;
    i = end;
  }
  return kept + paragraph.slice(from);
}

function nextOf(text: string, characters: string, from: number): number {
  let first = -1;
  for (const character of characters) {
    const at = text.indexOf(character, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** I, I'm, I've, I'd, I'll (the word "I", capital only), me, my, mine, myself. */
const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}\p{N}])/u;

/** Speaking to the viewer: a recommendation, an invitation, "as you enjoy …". */
const TO_THE_VIEWER =
  /(?<![\p{L}])(?:keep an eye out|don['’]t miss|do not miss|give (?:it|this(?: drama| one| show)?) a (?:try|chance|watch)|(?:highly )?recommend(?:ed)?|must[- ]watch|if you (?:enjoy|like|love|want)|you(?:['’]ll| will| would| might| may| should| must)? (?:enjoy|love)|happy watching)(?![\p{L}])/iu;

/** True when the paragraph, outside quoted speech, is in the reviewer's own voice. */
export function isReviewerVoice(paragraph: string): boolean {
  const unquoted = withoutQuotations(paragraph);
  return FIRST_PERSON.test(unquoted) || TO_THE_VIEWER.test(unquoted);
}

/**
 * How many of the last story paragraphs are the closing: counts back from the
 * end while paragraphs are in the reviewer's voice. The first paragraph after
 * `The Story:` always stays in the story, so the closing never swallows it.
 */
export function closingLength(story: readonly string[]): number {
  let count = 0;
  while (count < story.length - 1 && isReviewerVoice(story[story.length - 1 - count])) count += 1;
  return count;
}
