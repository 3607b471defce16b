/**
 * Finding a stored fact again in the release's text: the stored position if it still
 * holds the quote in its context, else the exact quote scored by context and position,
 * else a fuzzy search with a bounded error budget. A fact that cannot be placed with
 * confidence is reported as not found; a wrong place is worse than none.
 */
import { approximateOccurrences, best, exactOccurrences, scoreCandidate, type Candidate, type Context, type Match } from './match-quote.js';
import { normalize, normalized, toOriginal, type NormalizedText } from './normalize.js';
import type { Selectors } from './selectors.js';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type Anchoring =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'not-found' };

/** Edits allowed per character of the quote, and at most in all: keeps fuzzy search fast and honest. */
const ERRORS_PER_CHAR = 0.25;
const MAX_ERRORS = 64;
/** Candidates scored per search: repeated boilerplate must not make one fact cost seconds. */
const MAX_CANDIDATES = 200;
/** An exact occurrence whose context is this similar needs no fuzzy search to compare against. */
const CONTEXT_CERTAIN = 0.9;
/** A candidate this close to the old place needs only half its context to agree. */
const NEAR = 64;

/**
 * Whether a candidate carries enough evidence to place the fact there. The thresholds
 * were set on the edits of `npm run bench`: each rule admits the placements that real
 * edits produce (a word changed beside the quote, the quote moved by a paragraph) and
 * refuses the near-copies a release holds of its own phrases (its headline in its body).
 */
function acceptable(c: Candidate, hint: number, exactCount: number): boolean {
  if (c.quoteScore < 0.75) return false;
  const { prefixScore: p, suffixScore: s, contextScore: mean } = c;
  if (Math.abs(c.start - hint) <= NEAR && mean >= 0.5) return true;
  if (c.quoteScore === 1) {
    if (exactCount === 1 && mean >= 0.5 && Math.max(p, s) >= 0.75) return true;
    return Math.min(p, s) >= 0.5 && mean >= 0.7;
  }
  return c.quoteScore >= 0.8 && Math.min(p, s) >= 0.65 && mean >= 0.8;
}

/** The page's text, normalized once for every fact anchored in it. */
export class AnchorText {
  readonly normal: NormalizedText;

  constructor(readonly text: string) {
    this.normal = normalize(text);
  }

  /** The first index of the normalized text at or after an original offset. */
  fromOriginal(offset: number): number {
    const { origin } = this.normal;
    let lo = 0;
    let hi = origin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((origin[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function anchored(page: AnchorText, c: Candidate, method: AnchorMethod): Anchoring {
  const { start, end } = toOriginal(page.normal, c.start, c.end, page.text.length);
  return { status: 'anchored', start, end, method, score: c.score };
}

export function anchor(page: AnchorText, selectors: Selectors): Anchoring {
  const quote = normalized(selectors.quote.exact).trim();
  if (!quote) return { status: 'not-found' };
  const text = page.normal.text;
  const context: Context = {
    prefix: normalized(selectors.quote.prefix).trimStart(),
    suffix: normalized(selectors.quote.suffix).trimEnd(),
    hint: page.fromOriginal(selectors.position.start),
  };
  const score = (start: number, end: number, errors: number): Candidate =>
    scoreCandidate(text, start, end, errors, quote.length, context);

  // 1. The stored position, if it still holds the quote among the same surroundings.
  if (text.startsWith(quote, context.hint)) {
    const c = score(context.hint, context.hint + quote.length, 0);
    if (c.contextScore >= 0.5) return anchored(page, c, 'position');
  }

  // 2. The exact quote elsewhere, when its surroundings leave no doubt.
  const exact = exactOccurrences(text, quote, MAX_CANDIDATES).map((at) => score(at, at + quote.length, 0));
  const ok = (c: Candidate): boolean => acceptable(c, context.hint, exact.length);
  const { first: bestExact } = best(exact);
  if (bestExact && bestExact.contextScore >= CONTEXT_CERTAIN && ok(bestExact)) return anchored(page, bestExact, 'quote');

  // 3. The best of the exact and the approximate occurrences (a few edits), if any has enough evidence.
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * ERRORS_PER_CHAR));
  const fuzzy = maxErrors < 1 ? [] : fuzzyCandidates(text, quote, maxErrors, context, (m) => score(m.start, m.end, m.errors));
  const { first: winner } = best([...exact, ...fuzzy].filter(ok));
  return winner ? anchored(page, winner, winner.quoteScore === 1 ? 'quote' : 'fuzzy') : { status: 'not-found' };
}

/** How far from its old place an edited quote is looked for before the whole text. */
const NEAR_WINDOW = 1_000;
/** Where the stored context is found again, up to this many places are searched for the quote. */
const CONTEXT_PLACES = 5;

/**
 * Approximate occurrences of the quote near its old place, right after each place its
 * prefix is found, right before each place its suffix is found, and in the whole text.
 */
function fuzzyCandidates(text: string, quote: string, maxErrors: number, context: Context, score: (m: Match) => Candidate): Candidate[] {
  const span = quote.length + maxErrors;
  const windows: Array<[number, number]> = [[context.hint - NEAR_WINDOW, context.hint + span + NEAR_WINDOW]];
  const sideErrors = (side: string) => Math.floor(side.length * ERRORS_PER_CHAR);
  if (context.prefix.length >= 8) {
    for (const m of approximateOccurrences(text, context.prefix, sideErrors(context.prefix), CONTEXT_PLACES)) windows.push([m.end - 4, m.end + span + 4]);
  }
  if (context.suffix.length >= 8) {
    for (const m of approximateOccurrences(text, context.suffix, sideErrors(context.suffix), CONTEXT_PLACES)) windows.push([m.start - span - 4, m.start + 4]);
  }
  const seen = new Map<string, Candidate>();
  const searchIn = (from: number, to: number): void => {
    for (const m of approximateOccurrences(text, quote, maxErrors, MAX_CANDIDATES, from, to)) {
      const key = `${m.start}:${m.end}`;
      if (!seen.has(key)) seen.set(key, score(m));
    }
  };
  for (const [from, to] of windows) searchIn(from, to);
  // The whole text only when the likely places gave nothing certain.
  if (![...seen.values()].some((c) => c.contextScore >= CONTEXT_CERTAIN)) searchIn(0, text.length);
  return [...seen.values()];
}

/** Anchors many facts in one text, normalizing it once. */
export function anchorAll(text: string, facts: readonly Selectors[]): Anchoring[] {
  const page = new AnchorText(text);
  return facts.map((f) => anchor(page, f));
}
