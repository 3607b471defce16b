/**
 * Full-text search over the library (MiniSearch): each release is one document of its
 * title, its text and the names of what it mentions (people, acronyms and their
 * expansions, organizations, places). A result names the terms it matched, so the page
 * can show the sentence they are in with each one marked.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { splitSentences } from '../context/sentences.js';
import { sentenceAt } from './links.js';
import type { LibraryEntry, LibraryText } from './record.js';

/** The layout of the saved index; a snapshot in another is built again. */
export const SEARCH_FORMAT = 'minisearch-7/title,text,names/1';

const FIELDS = ['title', 'text', 'names'];
/** Splits on whitespace and punctuation, as MiniSearch does by default; offsets are kept to mark terms. */
const TOKEN = /[^\n\r\p{Z}\p{P}]+/gu;

export interface SearchDoc {
  id: string;
  title: string;
  text: string;
  names: string;
}

export type LibraryIndex = MiniSearch<SearchDoc>;

const OPTIONS = {
  fields: FIELDS,
  searchOptions: { prefix: (term: string) => term.length >= 3, combineWith: 'AND' as const, boost: { title: 2, names: 1.5 } },
};

export function createIndex(): LibraryIndex {
  return new MiniSearch<SearchDoc>(OPTIONS);
}

export function loadIndex(json: string): LibraryIndex {
  return MiniSearch.loadJSON<SearchDoc>(json, OPTIONS);
}

export function searchDoc(entry: Pick<LibraryEntry, 'key' | 'title' | 'entities'>, text: Pick<LibraryText, 'text'>): SearchDoc {
  const names = entry.entities.flatMap((e) => [e.name, e.expansion ?? '', e.role ?? '']).filter(Boolean);
  return { id: entry.key, title: entry.title, text: text.text, names: names.join(' \n ') };
}

export interface Hit {
  key: string;
  score: number;
  /** The index's terms the release matched (lower case): the words to mark. */
  terms: string[];
}

export function search(index: LibraryIndex, query: string): Hit[] {
  if (!query.trim()) return [];
  return index.search(query).map((r: SearchResult) => ({ key: String(r.id), score: r.score, terms: r.terms }));
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface MatchedSentence {
  start: number;
  end: number;
  /** The sentence cut into plain and marked runs, in order. */
  segments: Segment[];
}

/** Marks the whole words of `text` that are among `terms`. */
export function markTerms(text: string, terms: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (!terms.has(m[0].toLowerCase())) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

/**
 * The sentence of the text with the most of the terms in it (the first of those), or
 * undefined when the terms are only in the title or the names.
 */
export function matchingSentence(text: string, terms: readonly string[]): MatchedSentence | undefined {
  const wanted = new Set(terms.map((t) => t.toLowerCase()));
  let best: { start: number; end: number; found: number } | undefined;
  for (const s of splitSentences(text)) {
    const found = new Set<string>();
    for (const m of text.slice(s.start, s.end).matchAll(TOKEN)) {
      const word = m[0].toLowerCase();
      if (wanted.has(word)) found.add(word);
    }
    if (found.size && (!best || found.size > best.found)) best = { ...s, found: found.size };
    if (best?.found === wanted.size) break;
  }
  if (!best) return undefined;
  const { start, end } = sentenceAt(text, best.start);
  return { start, end, segments: markTerms(text.slice(start, end), wanted) };
}
