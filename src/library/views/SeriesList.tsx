/** Every series the library holds: those in two releases or more first; the rest on request. */
import { useMemo, useState } from 'preact/hooks';
import type { LibraryEntry } from '../../core/library/record.js';
import { seriesIndex, seriesTitle } from '../../core/library/series-index.js';
import { seriesHash } from '../route.js';

const SHOWN = 300;

export function SeriesList({ entries }: { entries: LibraryEntry[] }) {
  const [singles, setSingles] = useState(false);
  const all = useMemo(() => seriesIndex(entries), [entries]);
  const across = all.filter((s) => s.releases > 1);
  const shown = singles ? all : across;
  return (
    <section aria-labelledby="series-heading">
      <h1 id="series-heading">Series</h1>
      <p class="meta">Figures that measure the same thing across your releases, by what the text says they measure and their unit.</p>
      {all.length === 0 ? (
        <p class="empty">No series yet. When you have read releases that give the same figure (monthly trade statements give U.S. exports month by month), each figure becomes a point on its series here.</p>
      ) : (
        <>
          {across.length === 0 && !singles && <p class="empty">No figure appears in more than one of your releases yet.</p>}
          <ul class="series-list">
            {shown.slice(0, SHOWN).map((s) => (
              <li key={s.key}>
                <a href={seriesHash(s.key)}>{seriesTitle(s)}</a> <span class="count">{s.releases === 1 ? '1 release' : `${s.releases} releases`}</span>
              </li>
            ))}
          </ul>
          {all.length > across.length && (
            <button type="button" class="link" aria-pressed={singles} onClick={() => setSingles(!singles)}>
              {singles ? 'Only series across releases' : `Also the ${all.length - across.length} found in one release`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
