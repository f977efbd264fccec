import type { HouseReview, ReviewPicture, TextLinker } from '../../common/house-format/model';
import { HouseReviewView } from '../../common/house-format/view/HouseReviewView';
import type { HeaderCover } from '../../common/house-format/view/ReviewHeader';
import { PageHead } from './PageHead';

export interface ReviewPageProps {
  review: HouseReview;
  siteTitle: string;
  description: string;
  canonical: string | null;
  ogImage: string | null;
  pictures: readonly ReviewPicture[];
  /** The drama's cover, above the title. */
  cover?: HeaderCover | null;
  linkText: TextLinker;
}

/**
 * `reviews/<slug>.html`: the house-format review, exactly as the app's preview draws it,
 * titled `Soundtrack #2 (사운드트랙 #2) - KDRAMALOVE KOREAN DRAMA REVIEWS`.
 */
export function ReviewPage({ review, siteTitle, description, canonical, ogImage, pictures, cover, linkText }: ReviewPageProps) {
  const title = `${review.title} (${review.nativeTitle}) - ${siteTitle}`;
  return (
    <html lang="en">
      <PageHead title={title} description={description} siteTitle={siteTitle} root="../" canonical={canonical} ogType="article" ogImage={ogImage} />
      <body>
        <main>
          <HouseReviewView review={review} siteTitle={siteTitle} homeHref="../index.html" pictures={pictures} cover={cover} linkText={linkText} />
        </main>
      </body>
    </html>
  );
}
