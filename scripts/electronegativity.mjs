#!/usr/bin/env node
// Runs Electronegativity (Doyensec's checker for Electron security anti-patterns) over the
// Electron shell (src-main/shell) and the built renderer page (out/renderer/index.html),
// staged together so its app-wide checks see both. Every finding must be listed, with its
// reason, in electronegativity-allowed.json; a finding not listed there, or more of one
// than listed, fails the run (exit 1). `npm test` runs it after the build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const allowList = JSON.parse(readFileSync(join(root, 'electronegativity-allowed.json'), 'utf8')).allowed;
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron.replace(/^[^\d]*/, '');

/** Compares findings ({check, file}) with the allow-list: what is new, and what is listed but gone. */
export function judgeFindings(findings, allowed) {
  const counts = new Map();
  for (const { check, file } of findings) counts.set(`${check} ${file}`, (counts.get(`${check} ${file}`) ?? 0) + 1);
  const listed = new Map(allowed.map((entry) => [`${entry.check} ${entry.file}`, entry]));
  const unexpected = findings.filter(({ check, file }) => {
    const entry = listed.get(`${check} ${file}`);
    return !entry || counts.get(`${check} ${file}`) > entry.count;
  });
  const gone = allowed.filter((entry) => (counts.get(`${entry.check} ${entry.file}`) ?? 0) === 0);
  return { unexpected, gone };
}

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'dramalog-electronegativity-'));
  mkdirSync(join(dir, 'shell'));
  for (const name of readdirSync(join(root, 'src-main', 'shell'))) {
    if (name.endsWith('.ts')) copyFileSync(join(root, 'src-main', 'shell', name), join(dir, 'shell', name));
  }
  const page = join(root, 'out', 'renderer', 'index.html');
  if (existsSync(page)) {
    mkdirSync(join(dir, 'renderer'));
    copyFileSync(page, join(dir, 'renderer', 'index.html'));
  } else console.warn('out/renderer/index.html is missing (run the build first): its Content-Security-Policy is not checked.');
  return dir;
}

function runElectronegativity(dir) {
  const cli = join(dirname(createRequire(join(root, 'package.json')).resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const report = join(dir, 'report.sarif');
  const run = spawnSync(process.execPath, [cli, '-i', dir, '-r', '-e', electronVersion, '-v', 'false', '-o', report], { encoding: 'utf8' });
  if (!existsSync(report)) throw new Error(`Electronegativity wrote no report (exit ${run.status}): ${run.stderr || run.stdout}`);
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  return sarif.runs[0].results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    return {
      check: result.ruleId,
      file: location?.artifactLocation?.uri ?? 'N/A',
      line: location?.region?.startLine ?? 0,
      message: result.message?.text ?? '',
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = stage();
  let findings;
  try {
    findings = runElectronegativity(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { unexpected, gone } = judgeFindings(findings, allowList);
  const reasons = new Map(allowList.map((entry) => [`${entry.check} ${entry.file}`, entry.reason]));
  for (const finding of findings) {
    const where = `${finding.check} at ${finding.file}:${finding.line}`;
    if (unexpected.includes(finding)) console.log(`NEW      ${where}: ${finding.message}`);
    else console.log(`allowed  ${where}: ${reasons.get(`${finding.check} ${finding.file}`)}`);
  }
  for (const entry of gone) console.log(`note: ${entry.check} in ${entry.file} is no longer found; remove it from electronegativity-allowed.json`);
  console.log(`Electronegativity: ${findings.length} findings, ${unexpected.length} not allowed`);
  process.exit(unexpected.length ? 1 : 0);
}
