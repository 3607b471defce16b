/**
 * The library's first view: every release read, newest first, with the filters; with a
 * query, the releases that match it, each with its best-matching sentence marked and a
 * link that opens the release at that sentence.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { facetsOf, matchesFilters, type Filters as FilterValues } from '../../core/library/facets.js';
import { passageLink } from '../../core/library/links.js';
import type { LibraryEntry } from '../../core/library/record.js';
import { matchingSentence, search, type LibraryIndex, type MatchedSentence } from '../../core/library/search.js';
import type { Library } from '../../storage/library/library.js';
import { releasesHash } from '../route.js';
import { Filters } from './Filters.js';
import { Marked } from './Marked.js';
import { ReleaseItem } from './ReleaseItem.js';

/** Releases and results are shown a page at a time: a page is several screens, and painting more holds up the first. */
const PAGE = 50;
const RESULTS = 20;
/** The view's heading is painted with its list: its paint, as Element Timing reports it, is the benchmark's first paint. */
export const LIST_TIMING = 'release-lens-list';

interface Props {
  library: Library;
  entries: LibraryEntry[];
  /** How many are stored: more than `entries` while the rest are still being read. */
  total: number;
  index: LibraryIndex | null;
  query: string;
  filters: FilterValues;
  onForget(entry: LibraryEntry): void;
  /** Shows another view; `replace` keeps the history as it is (typing a query). */
  navigate(hash: string, replace?: boolean): void;
}

interface Result {
  entry: LibraryEntry;
  sentence?: MatchedSentence;
  href: string;
}

export function Releases({ library, entries, total, index, query, filters, onForget, navigate: go }: Props) {
  const [shown, setShown] = useState(PAGE);
  const [draft, setDraft] = useState(query);
  const facets = useMemo(() => facetsOf(entries), [entries]);
  const filtered = useMemo(() => entries.filter((e) => matchesFilters(e, filters)), [entries, filters]);
  const navigate = (q: string, f: FilterValues): void => go(releasesHash(q, f), true);

  // Only a query from elsewhere (the back button, a link) replaces what is typed. The
  // draft compared is the one rendered with this query: a later keystroke's draft would
  // lose a fast typist's letters to the query of the keystroke before, when this runs late.
  useEffect(() => {
    if (query !== draft.trim()) setDraft(query);
  }, [query]);

  return (
    <section aria-labelledby="releases-heading">
      <h1 id="releases-heading" elementtiming={LIST_TIMING}>
        Releases you have read
      </h1>
      <form
        class="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(draft.trim(), filters);
        }}
      >
        <label for="library-search">Search the library</label>
        <input
          id="library-search"
          type="search"
          value={draft}
          placeholder="Words, names, acronyms…"
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            navigate(e.currentTarget.value.trim(), filters);
          }}
        />
      </form>
      <Filters facets={facets} filters={filters} onChange={(f) => navigate(query, f)} />
      {query ? (
        <SearchResults library={library} entries={entries} index={index} query={query} filters={filters} />
      ) : filtered.length === 0 ? (
        <Empty any={entries.length > 0} />
      ) : (
        <>
          <p class="meta" role="status">
            {filtered.length === entries.length ? (total === 1 ? '1 release' : `${total} releases`) : `${filtered.length} of ${total} releases`}
          </p>
          <ul class="releases">
            {filtered.slice(0, shown).map((entry) => (
              <ReleaseItem key={entry.key} entry={entry} onForget={onForget} />
            ))}
          </ul>
          {filtered.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, filtered.length - shown)} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Empty({ any }: { any: boolean }) {
  if (any) return <p class="empty">No release matches these filters.</p>;
  return (
    <div class="empty-state">
      <p>Nothing here yet. Every release you open with Release Lens is kept here: its text, the people, acronyms and figures it names, and the numbers as series across releases.</p>
      <p>Open a press release on commerce.gov or a Commerce bureau’s site, then come back.</p>
    </div>
  );
}

function SearchResults({ library, entries, index, query, filters }: Pick<Props, 'library' | 'entries' | 'index' | 'query' | 'filters'>) {
  const byKey = useMemo(() => new Map(entries.map((e) => [e.key, e])), [entries]);
  const hits = useMemo(() => (index ? search(index, query).filter((h) => { const e = byKey.get(h.key); return e && matchesFilters(e, filters); }) : []), [index, query, filters, byKey]);
  const [results, setResults] = useState<Result[] | null>(null);
  const [shown, setShown] = useState(RESULTS);

  useEffect(() => setShown(RESULTS), [hits]);
  useEffect(() => {
    let current = true;
    const top = hits.slice(0, shown);
    void library.passages(top.map((h) => h.key)).then((texts) => {
      if (!current) return;
      setResults(
        top.flatMap((hit) => {
          const entry = byKey.get(hit.key);
          if (!entry) return [];
          const text = texts.get(hit.key) ?? '';
          const sentence = matchingSentence(text, hit.terms);
          return [{ entry, ...(sentence ? { sentence } : {}), href: sentence ? passageLink(entry.url, text, sentence.start, sentence.end) : entry.url }];
        }),
      );
    });
    return () => {
      current = false;
    };
  }, [hits, library, byKey, shown]);

  if (!index) return <p class="loading" role="status">Preparing search…</p>;
  if (!hits.length) return <p class="empty" role="status">No release you have read mentions “{query}”.</p>;
  return (
    <>
      <p class="meta" role="status">
        {hits.length === 1 ? '1 release matches' : `${hits.length} releases match`}
        {hits.length > shown ? `; the best ${shown} are shown` : ''}.
      </p>
      <ul class="releases results">
        {(results ?? []).map(({ entry, sentence, href }) => (
          <ReleaseItem key={entry.key} entry={entry} href={href}>
            {sentence && (
              <blockquote class="sentence">
                <Marked segments={sentence.segments} />
              </blockquote>
            )}
          </ReleaseItem>
        ))}
      </ul>
      {results && hits.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + RESULTS)}>
          Show {Math.min(RESULTS, hits.length - shown)} more
        </button>
      )}
    </>
  );
}
