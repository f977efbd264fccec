/**
 * The poster grid's geometry, pure so it can be tested: every card the same size,
 * so a card's place follows from its index alone and only the rows in view need drawing.
 */

/** Cards are at least this wide; the grid fits as many columns as the width allows. */
export const MIN_CARD = 150;
export const GAP = 16;
/** The title lines under each poster (covers.css agrees). */
export const CAPTION = 80;

/** How the grid is laid out at a given width: every card the same size, so a row's place is its index times rowHeight. */
export function gridLayout(width: number): { columns: number; cardWidth: number; rowHeight: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_CARD + GAP)));
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  return { columns, cardWidth, rowHeight: Math.round(cardWidth * 1.5 + CAPTION + GAP) };
}
