import type { ReactNode } from 'react';
import { Banner } from '../../common/house-format/view/Banner';
import { PageHead, type PageHeadProps } from './PageHead';
import { type NavPage, SiteNav } from './parts';

export interface SitePageProps {
  title: string;
  description: string;
  siteTitle: string;
  /** From the page to the site root: '' for the lists, '../' for pages in a folder. */
  root: '' | '../';
  canonical: string | null;
  ogType: PageHeadProps['ogType'];
  /** The navigation's page to mark as this one, if it is one of them. */
  current: NavPage | null;
  /** Whether the site has actor pages (the navigation then lists their index). */
  actors: boolean;
  /** Between the navigation and the heading: the index's links to the years in review. */
  beforeHeading?: ReactNode;
  heading: string;
  /** The line under the heading: how many reviews, actors, dramas. */
  count: string;
  children: ReactNode;
}

/** The frame of every page besides the reviews: head, banner, navigation, heading and count, then the page's own content. */
export function SitePage({ title, description, siteTitle, root, canonical, ogType, current, actors, beforeHeading, heading, count, children }: SitePageProps) {
  return (
    <html lang="en">
      <PageHead title={title} description={description} siteTitle={siteTitle} root={root} canonical={canonical} ogType={ogType} />
      <body>
        <main>
          <Banner siteTitle={siteTitle} homeHref={`${root}index.html`} />
          <SiteNav current={current} root={root} actors={actors} />
          {beforeHeading}
          <h1 className="list-heading">{heading}</h1>
          <p className="list-count">{count}</p>
          {children}
        </main>
      </body>
    </html>
  );
}

/** A part of a page under its own heading, which jump links and the section's label point at. */
export function HeadedSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="group-heading" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
