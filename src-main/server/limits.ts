import { MAX_PICTURE_BYTES } from '../core/common/picture-file';
import { MAX_TRACKER_CSV_TEXT } from '../core/common/validation/schemas';

const MIB = 1024 * 1024;

/**
 * The largest request body the server reads: the largest input any channel takes
 * (a tracker CSV's text, up to four bytes a character) or the largest picture,
 * plus room for the JSON or form around it. Larger bodies are refused with 413
 * before they are read.
 */
export const MAX_BODY_BYTES = Math.max(MAX_TRACKER_CSV_TEXT * 4, MAX_PICTURE_BYTES) + MIB;

/** How many files one upload may carry (File > Import Review… takes up to 100). */
export const MAX_UPLOAD_FILES = 100;

/** A download waits this long for the browser to fetch it, then its temporary copy is removed. */
export const DOWNLOAD_TTL_MS = 10 * 60_000;

/** Failed password logins allowed from one address per window before it must wait. */
export const LOGIN_ATTEMPTS = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;
