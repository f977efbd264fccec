import { create } from 'zustand';

interface Announcement {
  id: number;
  message: string;
}

interface AnnouncerState {
  current: Announcement | null;
}

export const useAnnouncer = create<AnnouncerState>()(() => ({ current: null }));

let next = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Tells the user something happened that has no place on the screen (a shortcut
 * that cannot apply here): shown briefly and read out by screen readers.
 */
export function announce(message: string, forMs = 4000): void {
  clearTimeout(timer);
  useAnnouncer.setState({ current: { id: ++next, message } });
  timer = setTimeout(() => useAnnouncer.setState({ current: null }), forMs);
}
