import type { KeyboardEvent } from 'react';

/**
 * An inline form's keydown handler: Escape cancels it, unless it only ends an input method's
 * composition (Korean typed with an IME uses Escape to drop the syllable being composed).
 */
export function escapeCancels(cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      cancel();
    }
  };
}
