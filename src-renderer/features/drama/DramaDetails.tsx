import type { Drama } from '@common/model';
import { formatReleaseLine } from '@common/house-format/format';

export function DramaDetails({ drama }: { drama: Drama }) {
  return (
    <section className="panel" aria-labelledby="drama-details-title">
      <h2 className="panel__title" id="drama-details-title">
        Details
      </h2>
      <p className="release-line">{formatReleaseLine(drama)}</p>
      <dl className="facts">
        <div>
          <dt>Genres</dt>
          <dd>{drama.genres.join(', ')}</dd>
        </div>
        <div>
          <dt>Platforms</dt>
          <dd>{drama.platforms.join(' / ')}</dd>
        </div>
      </dl>
    </section>
  );
}
