/**
 * A TCP proxy on 127.0.0.1 in front of a test server, that a test can cut: every connection
 * through it is destroyed at once and new ones are refused, as when a network drops. `restore`
 * lets connections through again (the next publish).
 */
import { createConnection, createServer, type Socket } from 'node:net';

export interface CutProxy {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startCutProxy(targetPort: number): Promise<CutProxy> {
  const open = new Set<Socket>();
  let isCut = false;
  const server = createServer((client) => {
    if (isCut) return void client.destroy();
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    cut() {
      isCut = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      isCut = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        isCut = true;
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
