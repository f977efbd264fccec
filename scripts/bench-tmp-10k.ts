process.env.NODE_ENV ??= 'production';
import { existsSync, rmSync } from 'node:fs';
const { openJournal } = await import('../src-main/core/journal');
const { exportSite } = await import('../src-main/core/site/export-site');
const path = '/tmp/h3/b10k/journal.sqlite';
const fresh = !existsSync(path);
const j = openJournal(path);
if (fresh) {
  const words = 'the she he they drama story piano music friend city night letter station heart secret family office dream summer winter promise'.split(' ');
  let seed = 1; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const para = (n: number) => Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ') + '.';
  const titles = Array.from({ length: 10000 }, (_, i) => `Title ${['Moon', 'Sun', 'Star', 'The King', 'The Queen'][i % 5]} ${i}`);
  j.transaction(() => {
    titles.forEach((title, i) => {
      const d = j.dramas.create({ title, nativeTitle: `드라마 ${i}`, platforms: ['tvN'], aired: { year: 2000 + (i % 24), month: 1 + (i % 12) }, episodes: 16, genres: ['Romance'], watch: { status: 'completed' } });
      j.reviews.save({ dramaId: d.id, grade: 'B+', reviewer: { name: 'Jill', location: 'USA' }, intro: [para(80) + ' Like ' + titles[(i * 7) % 10000] + '.'], story: Array.from({ length: 6 }, () => para(90)), closing: ['I ' + para(80)], state: 'final' });
    });
  });
}
const out = process.argv[2] ?? '/tmp/h3/b10k/site';
for (let k = 0; k < 2; k++) {
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const r = await exportSite(j, out);
  console.log('full', r.pages, (performance.now() - t0).toFixed(0));
}
let t0 = performance.now();
let r = await exportSite(j, out);
console.log('again', r.written, (performance.now() - t0).toFixed(0));
const rev = j.reviews.get(5000)!;
j.transaction(() => j.reviews.save({ dramaId: 5000, ...rev, story: ['edited'] }));
t0 = performance.now();
r = await exportSite(j, out);
console.log('edit', r.written, (performance.now() - t0).toFixed(0));
