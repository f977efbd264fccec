/**
 * The servers the publish tests start are child processes on 127.0.0.1: finding a port for one,
 * and stopping one.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A port nothing listens on now; the server takes it a moment later (sshd and vsftpd cannot be
 * given port 0 and say which they took, and nothing else on this machine races for it).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Stops `child` (SIGTERM) and resolves once it has exited; at once when it already has. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}
