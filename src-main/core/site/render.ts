import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** A whole HTML document from a React tree whose root is <html>. */
export function renderDocument(page: ReactElement): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(page)}\n`;
}
