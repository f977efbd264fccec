export { Banner } from './Banner';
export { HomeLink } from './HomeLink';
export { HouseReviewView, type HouseReviewViewProps } from './HouseReviewView';
export { ReviewHeader } from './ReviewHeader';
export { ReviewParagraph } from './ReviewParagraph';
export { ReviewPicture } from './ReviewPicture';
export { ReviewSection, type ReviewSectionProps } from './ReviewSection';
export { Rule } from './Rule';
export { WebPicture, type WebPictureProps } from './WebPicture';
