/**
 * Reading exported pages the way a reader sees them, with a real HTML parser
 * (html-validate's, already a dev dependency) rather than regular expressions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
const parser = new Parser(validator.getConfigForSync('page.html'));

type Node = HtmlElement['childNodes'][number];
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;

/** Elements that start a new line of text; everything else flows inline. */
const BLOCKS = new Set([
  'html', 'body', 'main', 'header', 'footer', 'nav', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'figure', 'figcaption', 'hr', 'br', 'blockquote', 'pre', 'table', 'tr',
]);
const NOT_SHOWN = new Set(['head', 'script', 'style', 'template', 'noscript']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function parseHtml(html: string): HtmlElement {
  return parser.parseHtml(html);
}

/** Elements, and the document node at the root, which holds children the same way. */
function isElement(node: Node): node is HtmlElement {
  return node.nodeType === ELEMENT || node.nodeType === DOCUMENT;
}

/** The text of a node, entities decoded, whitespace as in the source. */
export function textOf(node: Node): string {
  if (node.nodeType === TEXT) return decodeEntities(node.textContent);
  if (!isElement(node) || NOT_SHOWN.has(node.tagName)) return '';
  return node.childNodes.map(textOf).join('');
}

/** Lines of visible text, top to bottom: one per block element, whitespace collapsed. */
export function visibleLines(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) {
      current += decodeEntities(node.textContent);
      return;
    }
    if (!isElement(node) || NOT_SHOWN.has(node.tagName) || node.hasAttribute('hidden')) return;
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(parseHtml(html));
  flush();
  return lines;
}

/** All the visible text as one line, whitespace collapsed: what "reads the same" compares. */
export function visibleText(html: string): string {
  return visibleLines(html).join(' ');
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function findAll(root: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: Node) => {
    if (!isElement(node)) return;
    if (test(node)) found.push(node);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

export const byTag = (tag: string) => (e: HtmlElement) => e.tagName === tag;
export const byClass = (name: string) => (e: HtmlElement) =>
  (e.getAttributeValue('class') ?? '').split(/\s+/).includes(name);

/** The texts of the paragraphs directly inside the element with this class. */
export function paragraphsIn(root: HtmlElement, className: string): string[] {
  const [container] = findAll(root, byClass(className));
  if (!container) return [];
  return container.childNodes.filter((n): n is HtmlElement => isElement(n) && n.tagName === 'p').map((p) => textOf(p));
}

export async function validateHtml(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(/[\\/]/).join('/'))
    .sort();
}

/** Every file under `dir` with its bytes, for comparing two exports. */
export function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}
