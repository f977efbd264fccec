import type { ReviewPicture as Picture } from '../model';

/** A still between paragraphs. */
export function ReviewPicture({ picture, imageSrc }: { picture: Picture; imageSrc?: (src: string) => string }) {
  return (
    <figure className="picture">
      <img src={imageSrc ? imageSrc(picture.src) : picture.src} alt={picture.alt} />
    </figure>
  );
}
