/** What every exported page's head holds: title, description, Open Graph, stylesheet, feed. */
export interface PageHeadProps {
  title: string;
  description: string;
  siteTitle: string;
  /** Relative path from the page to the site root: '' for the index, '../' for a review. */
  root: string;
  /** The page's address on the web, when the site has one. */
  canonical: string | null;
  ogType: 'website' | 'article' | 'profile';
  ogImage?: string | null;
}

export function PageHead({ title, description, siteTitle, root, canonical, ogType, ogImage }: PageHeadProps) {
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={description} />
      {canonical && <link rel="canonical" href={canonical} />}
      <meta property="og:type" content={ogType} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:site_name" content={siteTitle} />
      {canonical && <meta property="og:url" content={canonical} />}
      {ogImage && <meta property="og:image" content={ogImage} />}
      <link rel="stylesheet" href={`${root}style.css`} />
      <link rel="alternate" type="application/atom+xml" title={siteTitle} href={`${root}feed.xml`} />
    </head>
  );
}
