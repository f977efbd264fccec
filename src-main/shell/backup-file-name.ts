/** The name the save dialog suggests for a backup, dated so several can sit side by side: dramalog-backup-2026-03-09.sqlite */
export function suggestedBackupName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `dramalog-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.sqlite`;
}
