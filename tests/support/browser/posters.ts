import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { setCover } from '../../../src-main/core/covers/set-cover';
import type { JournalUnderTest } from './journal-under-test';

/** A poster-shaped picture: a colour gradient with a band, so each one looks different and is clearly a picture. */
export async function posterBytes(hue: number, format: 'png' | 'jpeg' = 'png', width = 400, height = 600): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  const [r, g, b] = [hue % 256, (hue * 3 + 90) % 256, (hue * 7 + 160) % 256];
  for (let y = 0; y < height; y++) {
    const band = y > height * 0.62 && y < height * 0.72;
    for (let x = 0; x < width; x++) {
      const shade = 0.45 + (0.55 * (height - y)) / height;
      raw.set(band ? [245, 240, 230] : [Math.round(r * shade), Math.round(g * shade), Math.round(b * shade)], (y * width + x) * 3);
    }
  }
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

/** Writes a poster into the journal's temp folder (outside its media folder), as a file the user would choose. */
export async function posterFile(journal: JournalUnderTest, name: string, hue: number): Promise<string> {
  const path = join(journal.dir, name);
  writeFileSync(path, await posterBytes(hue, name.endsWith('.png') ? 'png' : 'jpeg'));
  return path;
}

/** Gives the dramas these covers through the core, as choosing them in the app would. */
export async function seedCovers(journal: JournalUnderTest, dramaIds: readonly number[]): Promise<void> {
  for (const [i, id] of dramaIds.entries()) await setCover(journal.journal, id, await posterBytes(40 + i * 37), `poster-${id}.png`);
}
