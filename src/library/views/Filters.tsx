/** The releases view's filters: agency, year and kind of release, each with its counts. */
import type { Facets, Filters as FilterValues } from '../../core/library/facets.js';
import { RELEASE_KIND_LABELS, type ReleaseKind } from '../../core/library/release-kind.js';

interface Props {
  facets: Facets;
  filters: FilterValues;
  onChange(filters: FilterValues): void;
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: Array<[string, string, number]>; onChange(value: string): void }) {
  return (
    <label class="choice">
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">All</option>
        {options.map(([v, text, n]) => (
          <option key={v} value={v}>
            {text} ({n})
          </option>
        ))}
      </select>
    </label>
  );
}

export function Filters({ facets, filters, onChange }: Props) {
  const set = (name: keyof FilterValues, value: string): void => {
    const next = new Map(Object.entries(filters));
    if (value) next.set(name, value);
    else next.delete(name);
    onChange(Object.fromEntries(next) as FilterValues);
  };
  return (
    <div class="filters" role="group" aria-label="Filter releases">
      <Choice label="Agency" value={filters.agency ?? ''} options={facets.agencies.map(([a, n]) => [a, a, n])} onChange={(v) => set('agency', v)} />
      <Choice label="Year" value={filters.year ?? ''} options={facets.years.map(([y, n]) => [y, y, n])} onChange={(v) => set('year', v)} />
      <Choice label="Kind" value={filters.kind ?? ''} options={facets.kinds.map(([k, n]) => [k, RELEASE_KIND_LABELS[k as ReleaseKind], n])} onChange={(v) => set('kind', v)} />
    </div>
  );
}
