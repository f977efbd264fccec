import { create } from 'zustand';

interface Announcement {
  id: number;
  message: string;
}

interface AnnouncerState {
  current: Announcement | null;
}

export const useAnnouncerStore = create<AnnouncerState>()(() => ({ current: null }));

let next = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Tells the user something happened that has no place on the screen (a shortcut
 * that cannot apply here): shown briefly and read out by screen readers.
 */
export function announce(message: string, forMs = 4000): void {
  clearTimeout(timer);
  useAnnouncerStore.setState({ current: { id: ++next, message } });
  timer = setTimeout(() => useAnnouncerStore.setState({ current: null }), forMs);
}
