import type { CoverPicture } from '@common/types/covers';
import './covers.css';

/**
 * A drama's cover at thumbnail size, or a quiet placeholder with the title's
 * first letter. Decorative beside the title it stands next to, so it has no alt text.
 */
export function CoverThumb({ picture, title, size = 'small' }: { picture: CoverPicture | null | undefined; title: string; size?: 'small' | 'card' }) {
  const className = `cover-thumb cover-thumb--${size}`;
  if (!picture) {
    return (
      <span className={`${className} cover-thumb--empty`} aria-hidden="true">
        {Array.from(title.trim())[0]?.toUpperCase() ?? ''}
      </span>
    );
  }
  return <img className={className} src={picture.dataUrl} alt="" width={picture.width} height={picture.height} decoding="async" draggable={false} />;
}
