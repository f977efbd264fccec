import { useAnnouncerStore } from './announcer-store';

/** The live region announce() writes to; always in the page, so screen readers hear changes. */
export function Announcements() {
  const current = useAnnouncerStore((s) => s.current);
  return (
    <div className="announcements" aria-live="polite" aria-atomic="true">
      {current && (
        <p key={current.id} className="announcement">
          {current.message}
        </p>
      )}
    </div>
  );
}
