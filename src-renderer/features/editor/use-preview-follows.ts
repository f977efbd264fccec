import { useEffect, type RefObject } from 'react';
import type { ReviewSection } from '@common/model';
import { REVIEW_SECTIONS } from '@common/model';

/**
 * Where each section begins in the preview, first choice first: an empty section draws
 * nothing, so the place just before it stands in (the story's heading, the review's top).
 */
const PREVIEW_PLACES: Record<ReviewSection, readonly string[]> = {
  intro: ['.review-intro', '.review'],
  story: ['.story-heading', '.review-story'],
  closing: ['.review-closing', '.review-story', '.story-heading'],
};

function placeOf(preview: HTMLElement, section: ReviewSection): HTMLElement | null {
  for (const selector of PREVIEW_PLACES[section]) {
    const found = preview.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function sectionOf(target: EventTarget | null): ReviewSection | null {
  const name = (target as Element | null)?.closest?.('[data-section]')?.getAttribute('data-section');
  return REVIEW_SECTIONS.find((s) => s === name) ?? null;
}

/**
 * Scrolls the side preview to the section being written (Intro, The Story, Closing) as it
 * takes focus, and back to it while typing if it went out of view; smoothly unless the user
 * asked for reduced motion. Only the preview scrolls: focus and the window stay where they are.
 */
/** `shown` says when the form and the preview are on the screen (not while the review loads). */
export function usePreviewFollows(form: RefObject<HTMLElement | null>, preview: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const source = form.current;
    if (!source) return;
    let followed: ReviewSection | null = null;

    const follow = (section: ReviewSection, onlyIfHidden: boolean) => {
      const box = preview.current;
      const place = box && placeOf(box, section);
      if (!box || !place || box.scrollHeight <= box.clientHeight) return;
      const sticky = box.querySelector<HTMLElement>('.editor-preview__title')?.offsetHeight ?? 0;
      const view = box.getBoundingClientRect();
      const where = place.getBoundingClientRect();
      if (onlyIfHidden && where.top >= view.top + sticky && where.top < view.bottom - 48) return;
      const top = box.scrollTop + where.top - view.top - sticky - 12;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      box.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
    };

    const onFocus = (event: FocusEvent) => {
      const section = sectionOf(event.target);
      if (!section || section === followed) return;
      followed = section;
      follow(section, false);
    };
    // After the keystroke is drawn, so the paragraph being written is in the preview.
    const onInput = (event: Event) => {
      const section = sectionOf(event.target);
      if (section) requestAnimationFrame(() => follow(section, true));
    };
    const onLeave = (event: FocusEvent) => {
      if (!source.contains(event.relatedTarget as Node | null)) followed = null;
    };
    source.addEventListener('focusin', onFocus);
    source.addEventListener('focusout', onLeave);
    source.addEventListener('input', onInput);
    return () => {
      source.removeEventListener('focusin', onFocus);
      source.removeEventListener('focusout', onLeave);
      source.removeEventListener('input', onInput);
    };
  }, [form, preview, shown]);
}
