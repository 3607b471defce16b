/**
 * One series: the chart of value by period beside a table of the same values, every
 * point linked to the sentence it came from, and the series as CSV.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { passageLink, sentenceAt } from '../../core/library/links.js';
import type { LibraryEntry } from '../../core/library/record.js';
import { formatValue, parseSeriesKey, seriesCsv, seriesTitle } from '../../core/library/series-index.js';
import { buildSeries, type PointRelease, type Series, type SeriesPoint } from '../../core/library/series.js';
import type { Library } from '../../storage/library/library.js';
import { download } from '../../ui/download.js';
import { SeriesChart } from './SeriesChart.js';
import { errorText } from '../../core/error-text.js';

interface Props {
  library: Library;
  entries: LibraryEntry[];
  seriesKey: string;
}

type Loaded = { series: Series; links: Map<string, string> } | { error: string } | null;

function useSeries(library: Library, entries: LibraryEntry[], key: string): Loaded {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      const releases = new Map<string, PointRelease>(entries.map((e) => [e.key, { key: e.key, title: e.title, url: e.url, ...(e.published ? { published: e.published } : {}) }]));
      const { items } = await library.figures(key);
      const series = buildSeries(key, items, releases);
      if (!series) return current && setLoaded({ error: 'No release in your library has a figure in this series any more.' });
      const texts = await library.passages([...new Set(series.points.map((p) => p.release.key))]);
      const links = new Map<string, string>();
      for (const p of series.points) {
        const text = texts.get(p.release.key);
        if (!text) continue;
        const { start, end } = sentenceAt(text, p.figure.start);
        links.set(p.figure.id, passageLink(p.release.url, text, start, end));
      }
      if (current) setLoaded({ series, links });
    })().catch((e: unknown) => current && setLoaded({ error: `The series could not be read (${errorText(e)}).` }));
    return () => {
      current = false;
    };
  }, [library, entries, key]);
  return loaded;
}

export function SeriesView({ library, entries, seriesKey }: Props) {
  const loaded = useSeries(library, entries, seriesKey);
  const title = useMemo(() => {
    const subject = entries.flatMap((e) => e.series).find((s) => s.key === seriesKey)?.subject;
    return seriesTitle({ ...parseSeriesKey(seriesKey), ...(subject ? { subject } : {}) });
  }, [entries, seriesKey]);
  const heading = (
    <>
      <p class="meta">
        <a href="#/series">Series</a>
      </p>
      <h1 id="series-view-heading">{title}</h1>
    </>
  );
  if (!loaded) {
    return (
      <section aria-labelledby="series-view-heading" aria-busy="true">
        {heading}
        <p class="loading">Reading the figures…</p>
      </section>
    );
  }
  if ('error' in loaded) {
    return (
      <section aria-labelledby="series-view-heading">
        {heading}
        <p role="alert">{loaded.error}</p>
      </section>
    );
  }
  const { series, links } = loaded;
  const linkOf = (p: SeriesPoint): string => links.get(p.figure.id) ?? p.release.url;
  const undated = series.points.filter((p) => !p.dated).length;
  return (
    <section aria-labelledby="series-view-heading" data-series={seriesKey}>
      {heading}
      <div class="series">
        <SeriesChart series={series} title={title} linkOf={linkOf} />
        <div class="series-table">
          <table>
            <caption class="visually-hidden">{title}: every value, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Release</th>
              </tr>
            </thead>
            <tbody>
              {series.points.map((p) => (
                <tr key={p.figure.id}>
                  <td>
                    {p.when}
                    {!p.dated && <span class="meta">release date</span>}
                  </td>
                  <td>
                    <a href={linkOf(p)} target="_blank" rel="noopener noreferrer" title={`“${p.figure.text}” in its sentence`}>
                      {formatValue(p.value, series.unit)}
                    </a>
                  </td>
                  <td class="release-cell" title={p.release.title}>
                    <span>{p.release.title}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {undated > 0 && <p class="meta">{undated === 1 ? 'One figure’s text gives no period: it is placed at its release’s date.' : `${undated} figures’ texts give no period: each is placed at its release’s date.`}</p>}
      <p>
        <button type="button" onClick={() => download(`${seriesKey.split('|')[0]?.replace(/[^a-z0-9]+/gi, '-').slice(0, 60) || 'series'}.csv`, 'text/csv', seriesCsv(series, linkOf), { byteOrderMark: true })}>
          Export as CSV
        </button>
      </p>
    </section>
  );
}
