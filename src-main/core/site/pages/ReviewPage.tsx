import type { ReactNode } from 'react';
import type { HouseReview, ReviewPicture, TextLinker } from '../../house-format/model';
import { HouseReviewView } from '../../house-format/view/HouseReviewView';
import { PageHead } from './PageHead';

export interface ReviewPageProps {
  review: HouseReview;
  siteTitle: string;
  description: string;
  canonical: string | null;
  ogImage: string | null;
  pictures: readonly ReviewPicture[];
  linkText: TextLinker;
}

/** `Soundtrack #2 (사운드트랙 #2) - KDRAMALOVE KOREAN DRAMA REVIEWS` */
export function reviewPageTitle(review: Pick<HouseReview, 'title' | 'nativeTitle'>, siteTitle: string): string {
  return `${review.title} (${review.nativeTitle}) - ${siteTitle}`;
}

export interface ReviewPageShellProps {
  title: string;
  siteTitle: string;
  description: string;
  canonical: string | null;
  ogImage: string | null;
  children: ReactNode;
}

/** Everything of a review page around the review itself. */
export function ReviewPageShell({ title, siteTitle, description, canonical, ogImage, children }: ReviewPageShellProps) {
  return (
    <html lang="en">
      <PageHead title={title} description={description} siteTitle={siteTitle} root="../" canonical={canonical} ogType="article" ogImage={ogImage} />
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}

/** `reviews/<slug>.html`: the house-format review, exactly as the app's preview draws it. */
export function ReviewPage({ review, siteTitle, description, canonical, ogImage, pictures, linkText }: ReviewPageProps) {
  return (
    <ReviewPageShell title={reviewPageTitle(review, siteTitle)} siteTitle={siteTitle} description={description} canonical={canonical} ogImage={ogImage}>
      <HouseReviewView review={review} siteTitle={siteTitle} homeHref="../index.html" pictures={pictures} linkText={linkText} />
    </ReviewPageShell>
  );
}
