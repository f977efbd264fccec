import type { Drama } from '@common/model';
import { formatReleaseLine } from '@common/house-format/format';
import { NOT_KNOWN } from '../../shared/format/not-known';

export function DramaDetails({ drama }: { drama: Drama }) {
  const release = formatReleaseLine(drama);
  return (
    <section className="panel" aria-labelledby="drama-details-title">
      <h2 className="panel__title" id="drama-details-title">
        Details
      </h2>
      {release && <p className="release-line">{release}</p>}
      <dl className="facts">
        <div>
          <dt>Genres</dt>
          <dd>{drama.genres.join(', ') || NOT_KNOWN}</dd>
        </div>
        {/* Known platforms open the release line above; the row only says when they are not known yet. */}
        {drama.platforms.length === 0 && (
          <div>
            <dt>Platforms</dt>
            <dd>{NOT_KNOWN}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
