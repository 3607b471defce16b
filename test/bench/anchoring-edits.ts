/**
 * Realistic edits to a release's text, each as splices so a fact's true new place is
 * known: words changed near or inside the quote, paragraphs inserted or removed,
 * whitespace and quote-style changes, the print view, and the quote removed.
 */

export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

export interface Range {
  start: number;
  end: number;
}

/** A seeded generator (mulberry32), so every run measures the same edits. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** Applies non-overlapping splices and maps a range through them; null if a splice removed any of it. */
export function applySplices(text: string, splices: readonly Splice[], range: Range): { text: string; truth: Range | null } {
  const sorted = [...splices].sort((a, b) => b.at - a.at);
  let out = text;
  let { start, end } = range;
  let gone = false;
  for (const s of sorted) {
    out = out.slice(0, s.at) + s.insert + out.slice(s.at + s.remove);
    const delta = s.insert.length - s.remove;
    if (s.at + s.remove <= start && !(s.remove === 0 && s.at === start)) {
      start += delta;
      end += delta;
    } else if (s.at >= end) {
      // After the quote: nothing moves.
    } else if (s.at >= start && s.at + s.remove <= end) {
      if (s.remove > 0 && s.remove >= (end - start) / 2) gone = true;
      end += delta;
    } else gone = true;
  }
  return { text: out, truth: gone ? null : { start, end } };
}

const REPLACEMENT_WORDS = ['American', 'federal', 'bilateral', 'annual', 'significant', 'new', 'key', 'trade', 'officials', 'notably'];
const WORD = /[A-Za-z]{3,}/g;

function wordsIn(text: string, from: number, to: number): Range[] {
  const found: Range[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) found.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
  return found;
}

function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const part of text.split(/\n\n/)) {
    if (part.trim()) out.push({ start: at, end: at + part.length });
    at += part.length + 2;
  }
  return out;
}

export type Scenario = (text: string, quote: Range, random: () => number) => Splice[];

export const SCENARIOS: Record<string, Scenario> = {
  /** One or two words within the 40 characters before or after the quote replaced. */
  'words changed near the quote': (text, q, random) => {
    const near = [...wordsIn(text, Math.max(0, q.start - 40), q.start), ...wordsIn(text, q.end, q.end + 40)].filter(
      (w) => w.end <= q.start || w.start >= q.end,
    );
    const chosen = new Set([pick(random, near), pick(random, near)].filter(Boolean));
    return [...chosen].map((w) => ({ at: w.start, remove: w.end - w.start, insert: pick(random, REPLACEMENT_WORDS) }));
  },
  /** One word inside a quote of four words or more replaced. */
  'a word changed inside the quote': (text, q, random) => {
    const inside = wordsIn(text, q.start, q.end);
    if (inside.length < 4) return [];
    const w = pick(random, inside.slice(1, -1));
    return [{ at: w.start, remove: w.end - w.start, insert: pick(random, REPLACEMENT_WORDS) }];
  },
  /** A paragraph added somewhere in the release (before or after the quote). */
  'paragraph inserted': (text, _q, random) => {
    const at = pick(random, paragraphs(text)).start;
    return [{ at, remove: 0, insert: 'The Department also announced a new initiative today, details of which follow in a separate statement.\n\n' }];
  },
  /** A paragraph that does not hold the quote deleted. */
  'paragraph removed': (text, q, random) => {
    const others = paragraphs(text).filter((p) => p.end + 2 <= q.start || p.start >= q.end + 2);
    const p = pick(random, others);
    return p ? [{ at: p.start, remove: p.end - p.start + 2, insert: '' }] : [];
  },
  /** Reflowed whitespace: line breaks inside and between paragraphs, doubled and non-breaking spaces. */
  'whitespace changed': (text) => {
    const out: Splice[] = [];
    for (const m of text.matchAll(/ +|\n+/g)) {
      const at = m.index ?? 0;
      const insert = m[0].startsWith('\n') ? '\n \n  ' : at % 3 === 0 ? '\u00a0' : at % 3 === 1 ? '  ' : '\n';
      out.push({ at, remove: m[0].length, insert });
    }
    return out;
  },
  /** Typographic quotes and dashes made plain, and plain ones made typographic. */
  'quote style changed': (text) => {
    const swap: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '—': '--', "'": '’', '"': '”' };
    const out: Splice[] = [];
    for (const m of text.matchAll(/[‘’“”—'"]/g)) out.push({ at: m.index ?? 0, remove: 1, insert: swap[m[0]] ?? m[0] });
    return out;
  },
  /** The print view: no navigation before the headline, a print header, blocks separated by one line break. */
  'print view': (text) => {
    const headline = text.indexOf('Department of Commerce Announces');
    const out: Splice[] = [{ at: 0, remove: Math.max(0, headline), insert: 'Printer-friendly version\nU.S. Department of Commerce\n' }];
    for (const m of text.slice(headline).matchAll(/\n\n+/g)) out.push({ at: headline + (m.index ?? 0), remove: m[0].length, insert: '\n' });
    return out;
  },
  /** The sentence or line holding the quote deleted: the fact must be reported as not found. */
  'quote removed': (text, q) => {
    const before = text.lastIndexOf('\n', q.start);
    const after = text.indexOf('\n', q.end);
    const start = before < 0 ? 0 : before + 1;
    const end = after < 0 ? text.length : after;
    return [{ at: start, remove: end - start, insert: '' }];
  },
};

/** Facts as readers make them: figures and names (a few characters), phrases, sentences. */
export function sampleQuote(text: string, random: () => number): Range {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (;;) {
    const first = Math.floor(random() * words.length);
    const length = pick(random, [1, 1, 2, 3, 4, 6, 8, 12, 20, 30]);
    const a = words[first];
    const b = words[Math.min(words.length - 1, first + length - 1)];
    if (!a || !b) continue;
    const start = a.start;
    const end = b.end - (/[.,;:]$/.test(text.slice(a.start, b.end)) ? 1 : 0);
    if (end - start >= 3 && !text.slice(start, end).includes('\n\n')) return { start, end };
  }
}
