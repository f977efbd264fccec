import type { PublishTarget } from '@common/model';
import { formatLocalDay } from '../../shared/format/dates';

/** When a target was last published, as a calendar day on this computer's clock, and how many files are there. */
export function targetSummary(target: PublishTarget): string {
  if (!target.lastPublishedAt) return 'Not published yet';
  const files = `${target.publishedFiles.toLocaleString('en')} ${target.publishedFiles === 1 ? 'file' : 'files'}`;
  return `Last published ${formatLocalDay(target.lastPublishedAt)}, ${files}`;
}

/** A pinned SSH host key or certificate fingerprint, shortened to what a person compares: `SHA256:AbCd…wXyZ`. */
export function shortHostKey(key: string): string {
  const [scheme, value] = key.includes(':') ? [key.slice(0, key.indexOf(':') + 1), key.slice(key.indexOf(':') + 1)] : ['', key];
  return value.length > 12 ? `${scheme}${value.slice(0, 6)}…${value.slice(-6)}` : key;
}
