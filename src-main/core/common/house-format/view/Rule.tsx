/** A row of tildes, as the house format draws its rules: visible text, hidden from screen readers. */
export function Rule({ text }: { text: string }) {
  return (
    <p className="rule" aria-hidden="true">
      {text}
    </p>
  );
}
