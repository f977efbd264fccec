import type { TextSegment } from '@common/model';

/** Text with the core's matches in <mark>. Segments are plain strings: nothing is parsed as HTML. */
export function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
