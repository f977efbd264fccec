import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's title. It takes focus when the screen opens, so keyboard and
 * screen-reader users start at the top of what just appeared.
 */
export function ScreenHeading({ children, focusOnMount = true }: { children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  return (
    <h1 className="screen__title" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

/** Sets the window title while a screen is open. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Dramalog` : 'Dramalog';
  }, [title]);
}
