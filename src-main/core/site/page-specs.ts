/**
 * The site's pages besides reviews and lists, described as plain data (a
 * component's name and its props) so that a rendering thread can draw them as
 * well as the main thread (see render-pool.ts): with many actors, their pages
 * are as many small files as there are reviews.
 */
import { createElement } from 'react';
import { ActorPage, type ActorPageProps } from './pages/ActorPage';
import { ActorsIndexPage, type ActorsIndexPageProps } from './pages/ActorsIndexPage';
import { PublicListPage, type PublicListPageProps } from './pages/PublicListPage';
import { YearPage, type YearPageProps } from './pages/YearPage';
import { renderDocument } from './render';

export type PageSpec =
  | { component: 'actor'; props: ActorPageProps }
  | { component: 'actors-index'; props: ActorsIndexPageProps }
  | { component: 'year'; props: YearPageProps }
  | { component: 'list'; props: PublicListPageProps };

export function renderPageSpec(spec: PageSpec): string {
  switch (spec.component) {
    case 'actor':
      return renderDocument(createElement(ActorPage, spec.props));
    case 'actors-index':
      return renderDocument(createElement(ActorsIndexPage, spec.props));
    case 'year':
      return renderDocument(createElement(YearPage, spec.props));
    case 'list':
      return renderDocument(createElement(PublicListPage, spec.props));
  }
}
