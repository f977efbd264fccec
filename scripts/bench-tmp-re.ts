process.env.NODE_ENV ??= 'production';
const { openJournal } = await import('../src-main/core/journal');
const { exportSite } = await import('../src-main/core/site/export-site');
const j = openJournal('/tmp/h3/b10k/journal.sqlite');
const out = '/tmp/h3/b10k/site';
await exportSite(j, out);
for (let k = 0; k < 8; k++) {
  const rev = j.reviews.get(5000 + k)!;
  j.transaction(() => j.reviews.save({ dramaId: 5000 + k, ...rev, story: ['edited ' + Date.now()] }));
  const t0 = performance.now();
  const r = await exportSite(j, out);
  console.log('edit', r.written, (performance.now() - t0).toFixed(0));
}
