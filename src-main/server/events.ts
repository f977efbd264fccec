import type { MenuCommand, ProgressEvent } from '../core/ipc/contract';

/** What the server tells open pages, over Server-Sent Events (GET /api/events). */
export type ServerEvent =
  /** Progress of long work a tab started (Host.progress); `tab` is that tab. */
  | { type: 'progress'; tab: string | null; event: ProgressEvent }
  /** The journal changed: by a call from tab `tab`, or (null) by another program such as the CLI. */
  | { type: 'journal-changed'; tab: string | null }
  | { type: 'menu-command'; command: MenuCommand };

type Listener = (event: ServerEvent) => void;

/** The open event streams; each hears every event, in order. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: ServerEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  get size(): number {
    return this.listeners.size;
  }
}
