/** The site title above every review, linking to the index of all reviews. */
export function Banner({ siteTitle, homeHref }: { siteTitle: string; homeHref: string }) {
  return (
    <p className="banner">
      <a href={homeHref}>{siteTitle}</a>
    </p>
  );
}
