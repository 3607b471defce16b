/**
 * Searching the library, in Node on generated libraries of 1,000 and 10,000 releases
 * (release-sized texts and findings, test/support/library-generator.ts): the library's own
 * MiniSearch index against FlexSearch's Document index over the same three fields, and
 * against the floor of no index at all (a case-blind scan of every text for every word,
 * measured in the same run). "Search" is what the reader waits for: the query, and the
 * marked sentence of each of the 50 results shown (texts in memory here; the page reads
 * them from IndexedDB, which the Chromium benchmark measures). Targets: under 50 ms at
 * 1,000 and 200 ms at 10,000, median, warm. Storage per release is the size of its
 * stored parts as JSON.
 */
import FlexSearch from 'flexsearch';
import { expect, it } from 'vitest';
import { storedRelease, type StoredRelease } from '../../src/core/library/record.js';
import { createIndex, loadIndex, matchingSentence, search, searchDoc, type SearchDoc } from '../../src/core/library/search.js';
import { generateLibrary } from '../support/library-generator.js';
import { median, printTable } from './measure.js';

const SIZES = (process.env.LIBRARY_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const NOW = new Date('2026-12-01T12:00:00Z');
/** Common words, a person, an acronym, two words, a prefix, a title's number; and a name few releases have (rareName). */
const QUERIES = ['semiconductor', 'Gutierrez', 'JCCT', 'fisheries ocean', 'Vietnam partnership', 'manufact', '777'];
const RESULTS = 50;
const RUNS = 9;

const ms = (n: number) => n.toFixed(2);
const mb = (n: number) => (n / 1e6).toFixed(1);

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

interface Engine {
  /** The keys of the releases that match, best first, with the words to mark in each. */
  query(q: string): { keys: string[]; terms(key: string): string[] };
}

interface Times {
  /** The query alone. */
  query: number;
  /** The query and the marked sentence of each result shown: what the reader waits for. */
  search: number;
  found: number[];
}

/** Medians over RUNS runs of each query, after one warm-up run of each; and how many releases each query found. */
function searchTimes(engine: Engine, sentence: (key: string, terms: string[]) => unknown, queries: readonly string[]): Times {
  const full = (q: string): number => {
    const { keys, terms } = engine.query(q);
    for (const key of keys.slice(0, RESULTS)) sentence(key, terms(key));
    return keys.length;
  };
  const found = queries.map(full);
  const query: number[] = [];
  const search: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const q of queries) {
      let start = performance.now();
      engine.query(q);
      query.push(performance.now() - start);
      start = performance.now();
      full(q);
      search.push(performance.now() - start);
    }
  }
  return { query: median(query), search: median(search), found };
}

/** The name of a place that the fewest releases name (ties: the first in order): a query with few results. */
function rareName(stored: readonly StoredRelease[]): string {
  const counts = new Map<string, number>();
  for (const s of stored) for (const e of s.entry.entities) if (e.kind === 'place') counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return [...counts].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'Karenthal';
}

function heap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function flexIndex(docs: readonly SearchDoc[]) {
  const index = new FlexSearch.Document<Record<string, string>>({ tokenize: 'forward', document: { id: 'id', index: ['title', 'text', 'names'] } });
  for (const doc of docs) index.add({ ...doc });
  return index;
}

/**
 * FlexSearch's export, in bytes. Its forward index keeps every prefix of every word, so
 * the export grows past what one string can hold well before 10,000 releases (and Node
 * aborts rather than throwing): it is measured only up to FLEX_EXPORT_MAX.
 */
const FLEX_EXPORT_MAX = 1_000;
async function flexSnapshotBytes(index: ReturnType<typeof flexIndex>): Promise<number> {
  let bytes = 0;
  await index.export(async (key, data) => {
    bytes += key.length + (data?.length ?? 0);
  });
  return bytes;
}

it.each(SIZES)('search %i releases: MiniSearch, FlexSearch and no index', async (size) => {
  const stored: StoredRelease[] = generateLibrary(size).map((r) => storedRelease(r, NOW));
  const docs = stored.map((s) => searchDoc(s.entry, s.text));
  const texts = new Map(stored.map((s) => [s.entry.key, s.text.text]));
  const sentence = (key: string, terms: string[]) => matchingSentence(texts.get(key) ?? '', terms);
  const words = (q: string) => q.toLowerCase().split(/\s+/);
  const queries = [...QUERIES, rareName(stored)];

  let before = heap();
  const [mini, miniBuild] = timed(() => {
    const index = createIndex();
    index.addAll(docs);
    return index;
  });
  const miniHeap = heap() - before;
  const [snapshot, miniSave] = timed(() => JSON.stringify(mini));
  const [, miniLoad] = timed(() => loadIndex(snapshot));
  const miniTimes = searchTimes(
    {
      query(q) {
        const hits = search(mini, q);
        const byKey = new Map(hits.map((h) => [h.key, h.terms]));
        return { keys: hits.map((h) => h.key), terms: (k) => byKey.get(k) ?? [] };
      },
    },
    sentence,
    queries,
  );

  before = heap();
  const [flex, flexBuild] = timed(() => flexIndex(docs));
  const flexHeap = heap() - before;
  const flexBytes = size <= FLEX_EXPORT_MAX ? await flexSnapshotBytes(flex) : undefined;
  const flexTimes = searchTimes(
    {
      query(q) {
        // Ids per field, without the terms matched: the query's words stand in for them.
        const fields = flex.search(q, { limit: 100_000 });
        return { keys: [...new Set(fields.flatMap((f) => f.result.map(String)))], terms: () => words(q) };
      },
    },
    sentence,
    queries,
  );

  const lowered = stored.map((s) => [s.entry.key, `${s.entry.title}\n${s.text.text}`.toLowerCase()] as const);
  const floorTimes = searchTimes(
    {
      query(q) {
        const w = words(q);
        return { keys: lowered.filter(([, text]) => w.every((x) => text.includes(x))).map(([key]) => key), terms: () => w };
      },
    },
    sentence,
    queries,
  );

  const row = (engine: string, t: Times, extra: Record<string, string>) => ({ engine, 'query ms': ms(t.query), 'search ms': ms(t.search), ...extra, found: t.found.join(' ') });
  const textBytes = stored.reduce((n, s) => n + s.text.text.length, 0);
  const bytes = stored.reduce((n, s) => n + s.entry.bytes, 0);
  printTable(
    `Library search, ${size.toLocaleString('en-US')} releases (${mb(textBytes)} MB of text; median ms over ${queries.length} queries (the last “${queries.at(-1)}”) × ${RUNS}, warm; search = query + the marked sentence of the first ${RESULTS}; target < ${size <= 1_000 ? 50 : 200} ms)`,
    [
      row('no index (scan)', floorTimes, { 'build ms': '—', 'snapshot MB': '—', 'load ms': '—', 'heap MB': '—' }),
      row('MiniSearch (ours)', miniTimes, { 'build ms': ms(miniBuild), 'snapshot MB': mb(snapshot.length), 'load ms': ms(miniLoad), 'heap MB': mb(miniHeap) }),
      row('FlexSearch forward', flexTimes, { 'build ms': ms(flexBuild), 'snapshot MB': flexBytes === undefined ? `not measured (> ${FLEX_EXPORT_MAX})` : mb(flexBytes), 'load ms': '—', 'heap MB': mb(flexHeap) }),
    ],
  );
  printTable(`Library storage, ${size.toLocaleString('en-US')} releases`, [
    {
      'bytes a release (stored parts as JSON)': Math.round(bytes / size),
      'of which text': Math.round(textBytes / size),
      'figures a release': (stored.reduce((n, s) => n + s.figures.length, 0) / size).toFixed(1),
      'index snapshot bytes a release': Math.round(snapshot.length / size),
      'save snapshot ms': ms(miniSave),
    },
  ]);
  // Every engine finds the one-word query in the same releases, so their times are of the same work.
  expect(miniTimes.found[0]).toBe(floorTimes.found[0]);
  expect(flexTimes.found[0]).toBe(floorTimes.found[0]);
});
