import type { ReviewPicture as Picture } from '../model';
import { WebPicture } from './WebPicture';

/** As wide as the page's column (42rem), or the phone's screen less its margins. */
const PICTURE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/** A still between paragraphs: its web sizes on the exported site, the file itself in the preview. */
export function ReviewPicture({ picture, imageSrc }: { picture: Picture; imageSrc?: (src: string) => string }) {
  return (
    <figure className="picture">
      {picture.web ? (
        <WebPicture image={picture.web} alt={picture.alt} sizes={PICTURE_SIZES} />
      ) : (
        <img src={imageSrc ? imageSrc(picture.src) : picture.src} alt={picture.alt} />
      )}
    </figure>
  );
}
