import type { WebImage } from '../model';

export interface WebPictureProps {
  image: WebImage;
  alt: string;
  /** How wide the picture is shown (the `sizes` attribute): lets the browser pick the file to load. */
  sizes: string;
  className?: string;
}

/** A picture made for the web: WebP where the browser reads it, the original's format otherwise, at the width the page needs. */
export function WebPicture({ image, alt, sizes, className }: WebPictureProps) {
  const srcSet = (pick: (file: WebImage['files'][number]) => string) => image.files.map((file) => `${pick(file)} ${file.width}w`).join(', ');
  const largest = image.files[image.files.length - 1];
  return (
    <picture className={className}>
      {largest.webp !== null && <source type="image/webp" srcSet={srcSet((file) => file.webp!)} sizes={sizes} />}
      <img
        src={largest.fallback}
        srcSet={srcSet((file) => file.fallback)}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={image.lazy ? 'lazy' : undefined}
        decoding="async"
      />
    </picture>
  );
}
