/**
 * The exported site's one stylesheet: a single readable column that fits a
 * phone, a Korean font stack for Hangul, and print rules that drop colour and
 * link styling. Plain CSS with no external fonts, so pages work offline.
 */
export const SITE_CSS = `/* Written by Dramalog. */
:root {
  --text: #1d1d1f;
  --muted: #5b5b66;
  --accent: #8a1538;
  --rule: #8a1538;
  --paper: #fffdf8;
  --latin: Georgia, "Times New Roman", "Noto Serif", serif;
  --hangul: "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Nanum Gothic", sans-serif;
  color-scheme: light;
}

* { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  padding: 1rem;
  background: var(--paper);
  color: var(--text);
  font: 1.0625rem/1.65 var(--latin), var(--hangul);
  overflow-wrap: break-word;
}

main { max-width: 42rem; margin: 0 auto; }

:lang(ko) { font-family: var(--hangul); line-height: 1.8; word-break: keep-all; }

a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover, a:focus-visible { text-decoration-thickness: 2px; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.banner { margin: 0 0 2.5rem; text-align: center; font: 700 0.95rem/1.3 system-ui, sans-serif; letter-spacing: 0.08em; }
.banner a { text-decoration: none; }

.review-header { text-align: center; }
.review .review-header p { margin: 0.2rem 0; }
.title { margin: 0 0 0.25rem; font-size: 1.9rem; line-height: 1.2; }
.native-title { font-size: 1.25rem; }
.release, .genres, .byline { color: var(--muted); }
.byline { font-style: italic; }

.rule { margin: 1.25rem 0; color: var(--rule); text-align: center; letter-spacing: 0.2em; user-select: none; }

.story-heading { margin: 1.75rem 0 0.75rem; font-size: 1.15rem; }

.review p { margin: 0 0 1rem; }
.review .rule { margin: 1.25rem 0; }

.picture { margin: 1.5rem 0; text-align: center; }
.picture img { max-width: 100%; height: auto; border-radius: 4px; }

.review-cover { display: block; width: 10rem; margin: 0 auto 1.25rem; }
.review-cover img { display: block; width: 100%; height: auto; border-radius: 6px; box-shadow: 0 2px 10px rgb(0 0 0 / 0.18); }

.home-link { margin: 1.5rem 0 0; text-align: center; font: 700 0.95rem/1.3 system-ui, sans-serif; letter-spacing: 0.05em; }

.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; justify-content: center; margin: 0 0 1.5rem; padding: 0; list-style: none; }
.site-nav [aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--text); }

.list-heading { text-align: center; font-size: 1.6rem; margin: 0 0 0.5rem; }
.list-count { text-align: center; color: var(--muted); margin: 0 0 2rem; }
.letters { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; justify-content: center; margin: 0 0 2rem; padding: 0; list-style: none; }
.group-heading { border-bottom: 1px solid #ddd6c8; font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; }
.review-list { margin: 0; padding: 0; list-style: none; }
.review-list li { margin: 0 0 0.9rem; }
.review-list .entry-title { font-weight: 700; }
.review-list .entry-meta { display: block; color: var(--muted); font-size: 0.95rem; }
.review-list .entry-note { display: block; font-size: 0.95rem; font-style: italic; }
.list-description { margin: 0 0 1rem; }
.list-description:last-of-type { margin-bottom: 2rem; }
.list-items { padding-left: 2rem; list-style: decimal; }
.list-items li::marker { color: var(--muted); font-size: 0.95rem; }
.list-items .entry-note { white-space: pre-line; }
.review-list .card { display: grid; grid-template-columns: 4.5rem minmax(0, 1fr); gap: 0 1rem; align-items: center; margin: 0 0 1rem; }
.card-cover { display: block; width: 4.5rem; aspect-ratio: 2 / 3; overflow: hidden; border-radius: 4px; background: #efe7d8; }
.card-cover img { display: block; width: 100%; height: 100%; object-fit: cover; }
.card-no-cover { border: 1px solid #ddd6c8; background: linear-gradient(135deg, #f6f0e4, #e8dfcd); }

.page-links { margin: 0 0 2rem; text-align: center; }
.page-links-label { margin: 0 0 0.25rem; color: var(--muted); font-size: 0.95rem; }
.page-links .letters { margin: 0; }
.page-links [aria-current="page"] { font-weight: 700; text-decoration: none; color: var(--text); }

.figures { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; margin: 0 0 1.5rem; }
.figures dt { color: var(--muted); }
.figures dd { margin: 0; font-weight: 700; }
.figures-heading { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.grade-table { border-collapse: collapse; margin: 0 0 1.5rem; }
.grade-table caption { text-align: left; font-weight: 700; margin: 0 0 0.5rem; }
.grade-table th, .grade-table td { padding: 0.2rem 1.25rem 0.2rem 0; text-align: left; border-bottom: 1px solid #ddd6c8; }
.genre-list { margin: 0 0 1.5rem; padding-left: 1.5rem; }

@media (min-width: 40rem) {
  body { padding: 2rem; }
  .title { font-size: 2.3rem; }
}

@media print {
  :root { --text: #000; --muted: #333; --accent: #000; --rule: #000; --paper: #fff; }
  body { padding: 0; font-size: 11pt; }
  main { max-width: none; }
  a { color: inherit; text-decoration: none; }
  .banner, .site-nav, .page-links, .home-link, .home-link + .rule, .letters { display: none; }
  .review p, .review-list li { orphans: 3; widows: 3; }
  .picture, .review-header, .grade-table, .review-list .card { break-inside: avoid; }
  .card-cover, .review-cover img { box-shadow: none; }
  .story-heading, .group-heading { break-after: avoid; }
}
`;
