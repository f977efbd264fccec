import type { LibrarySort } from '@common/model';

const SORT_LABELS: Record<LibrarySort, string> = {
  title: 'Title',
  grade: 'Grade',
  finished: 'Date finished',
};

export function SortSelect({ value, onChange }: { value: LibrarySort; onChange(sort: LibrarySort): void }) {
  return (
    <div className="inline-field">
      <label htmlFor="library-sort">Sort by</label>
      <select id="library-sort" value={value} onChange={(e) => onChange(e.target.value as LibrarySort)}>
        {(Object.keys(SORT_LABELS) as LibrarySort[]).map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
