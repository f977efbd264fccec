import type { TextLinker } from '../model';

/** One paragraph, its text as written; names the linker knows become links. */
export function ReviewParagraph({ text, linkText }: { text: string; linkText?: TextLinker }) {
  if (!linkText) return <p>{text}</p>;
  return (
    <p>
      {linkText(text).map((run, i) =>
        typeof run === 'string' ? (
          run
        ) : (
          <a key={i} href={run.href}>
            {run.text}
          </a>
        ),
      )}
    </p>
  );
}
