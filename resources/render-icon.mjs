#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (512×512, what electron-builder
// turns into the .ico, .icns and Linux icons). Needs rsvg-convert
// (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const result = spawnSync('rsvg-convert', ['-w', '512', '-h', '512', join(here, 'icon.svg'), '-o', join(here, 'icon.png')], { stdio: 'inherit' });
if (result.error) {
  console.error(`could not run rsvg-convert (${result.error.message}); install librsvg2-bin`);
  process.exit(1);
}
process.exit(result.status ?? 1);
