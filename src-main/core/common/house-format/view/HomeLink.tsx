import { HOME_LINK_TEXT } from '../format';

/** `HOME TO KOREAN DRAMA REVIEWS` under the closing rule. */
export function HomeLink({ href }: { href: string }) {
  return (
    <p className="home-link">
      <a href={href}>{HOME_LINK_TEXT}</a>
    </p>
  );
}
