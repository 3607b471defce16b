/**
 * Scoring where a quote sits in a (normalized) text, after hypothesis/client's
 * match-quote: each candidate is scored on the quote itself, its prefix, its suffix and
 * how close it is to where it used to be. The weights are hypothesis's.
 */
import search from 'approx-string-match';

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

export interface Context {
  prefix: string;
  suffix: string;
  /** Where the quote used to start, in the same text's offsets. */
  hint: number;
}

export interface Match {
  start: number;
  end: number;
  errors: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** 1 for the quote as stored, less for each edit. */
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  /** Mean of the prefix and suffix scores, 0..1. */
  contextScore: number;
  /** The weighted total, 0..1. */
  score: number;
}

/** How much of `pattern` survives in `haystack`: 1 - (fewest edits to find it there) / length. */
export function similarity(haystack: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (haystack.length === 0) return 0;
  const [best] = search(haystack, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

function sideScore(text: string, start: number, end: number, expected: string, atEdge: boolean): number {
  // An empty stored context means the quote was at the text's edge; it still should be.
  if (expected.length === 0) return atEdge ? 1 : 0.5;
  return similarity(text.slice(Math.max(0, start), Math.min(text.length, end)), expected);
}

export function scoreCandidate(text: string, start: number, end: number, errors: number, quoteLength: number, context: Context): Candidate {
  const quoteScore = 1 - errors / quoteLength;
  const prefixScore = sideScore(text, start - context.prefix.length, start, context.prefix, start === 0);
  const suffixScore = sideScore(text, end, end + context.suffix.length, context.suffix, end === text.length);
  const positionScore = 1 - Math.min(1, Math.abs(start - context.hint) / Math.max(1, text.length));
  const score =
    (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { start, end, quoteScore, prefixScore, suffixScore, contextScore: (prefixScore + suffixScore) / 2, score };
}

/** Every exact occurrence of `quote`, up to `limit`. */
export function exactOccurrences(text: string, quote: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < limit; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/**
 * Approximate occurrences with at most `maxErrors` edits in text[from, to), offsets in
 * the whole text. approx-string-match reports only the occurrences with the fewest
 * edits, so callers search several windows: a near-copy elsewhere must not hide the
 * edited quote where it was.
 */
export function approximateOccurrences(text: string, quote: string, maxErrors: number, limit: number, from = 0, to = text.length): Match[] {
  const lo = Math.max(0, from);
  return search(text.slice(lo, Math.min(text.length, to)), quote, maxErrors)
    .sort((a, b) => a.errors - b.errors || a.start - b.start)
    .slice(0, limit)
    .map((m) => ({ start: m.start + lo, end: m.end + lo, errors: m.errors }));
}

export function best(candidates: readonly Candidate[]): { first?: Candidate; second?: Candidate } {
  const sorted = [...candidates].sort((a, b) => b.score - a.score);
  return { first: sorted[0], second: sorted[1] };
}
