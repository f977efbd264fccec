import type { ReactNode } from 'react';
import type { ParsedReview } from '@common/house-format/model';
import { formatMonthYear } from '@common/house-format/format';
import { GradeBadge } from '../../shared/ui/GradeBadge';

/** Every header field as the core read it, and how many paragraphs each section got. */
export function ParsedFields({ review }: { review: ParsedReview }) {
  const rows: [string, ReactNode][] = [
    ['Title', review.title],
    [
      'Korean title',
      <span lang="ko" key="ko">
        {review.nativeTitle}
      </span>,
    ],
    ['Platforms', review.platforms.join(' / ')],
    ['Aired', formatMonthYear(review.aired)],
    ['Episodes', String(review.episodes)],
    ['Genres', review.genres.join(', ')],
    ['Grade', <GradeBadge grade={review.grade} key="grade" />],
    ['Reviewer', [review.reviewer.name, review.reviewer.location].filter(Boolean).join(', ') || '—'],
    [
      'Paragraphs',
      `Intro ${review.intro.length} · Story ${review.story.length} · Closing ${review.closing.length}`,
    ],
  ];
  return (
    <dl className="parsed-fields" aria-label="What the import reads">
      {rows.map(([label, value]) => (
        <div key={label} className="parsed-fields__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
