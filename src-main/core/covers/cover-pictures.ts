import type { Journal } from '../journal';
import type { CoverPicture, PublicCover } from '../common/types/covers';

/** The drama's cover at its web size, for the drama screen; null when it has none. */
export function coverPicture(journal: Journal, dramaId: number): CoverPicture | null {
  journal.dramas.get(dramaId);
  const cover = journal.covers.get(dramaId);
  return cover && { dramaId, dataUrl: journal.pictures.dataUrl(cover.webFile), width: cover.width, height: cover.height };
}

/**
 * Thumbnails for the cards on screen (the renderer asks only for the few it
 * shows); dramas without a cover, or whose thumbnail file is missing, are left out.
 */
export function coverThumbs(journal: Journal, dramaIds: readonly number[]): CoverPicture[] {
  const pictures: CoverPicture[] = [];
  for (const [dramaId, cover] of journal.covers.many(dramaIds)) {
    try {
      pictures.push({ dramaId, dataUrl: journal.pictures.dataUrl(cover.thumbFile), width: cover.width, height: cover.height });
    } catch {
      // A thumbnail gone from the media folder shows as no cover rather than failing the whole screen.
    }
  }
  return pictures;
}

/** The cover as `show --json` prints it. */
export function publicCover(journal: Journal, dramaId: number): PublicCover | null {
  const cover = journal.covers.get(dramaId);
  return cover && { file: cover.file, width: cover.width, height: cover.height };
}
