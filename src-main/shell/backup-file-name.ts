import { localToday } from '../core/clock';

/** The name the save dialog suggests for a backup, dated so several can sit side by side: dramalog-backup-2026-03-09.sqlite */
export function suggestedBackupName(now: Date): string {
  return `dramalog-backup-${localToday({ now: () => now })}.sqlite`;
}
