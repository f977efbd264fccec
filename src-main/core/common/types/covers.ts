/**
 * A drama's cover (poster), as the journal keeps it and as the app and the
 * command line show it. Files are names in the journal's media folder.
 */
export interface Cover {
  /** The picture as the user gave it. */
  file: string;
  /** The picture's own size, upright. */
  width: number;
  height: number;
  /** A WebP for the drama screen, at most WEB_SIZE wide. */
  webFile: string;
  /** A small WebP for cards and lists, at most THUMB_SIZE wide. */
  thumbFile: string;
  addedAt: string;
}

/** What `show --json` prints: the public shape, which stays stable. */
export interface PublicCover {
  file: string;
  width: number;
  height: number;
}

/** A cover ready to show: one of its sizes as a data: URL, with the picture's proportions. */
export interface CoverPicture {
  dramaId: number;
  dataUrl: string;
  width: number;
  height: number;
}

/** Pasted or dropped picture bytes, base64, sent by the renderer. */
export interface CoverPasteInput {
  dramaId: number;
  /** The picture's bytes, base64. */
  data: string;
}

export interface CoverThumbsInput {
  dramaIds: number[];
}
