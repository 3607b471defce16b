/**
 * How a fact is cited: a text-fragment link (`#:~:text=`) that scrolls a browser to the
 * quote, and the dates a citation prints.
 */
import type { TextQuoteSelector } from './anchoring/selectors.js';
import type { Fact } from './facts.js';

/** A quote longer than this is linked by its first and last words (textStart,textEnd). */
const SHORT_QUOTE = 80;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encodes a text directive term: `-`, `,` and `&` carry meaning in the syntax. */
function term(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/**
 * The context words right next to the quote, on the same line (a text fragment's prefix
 * and suffix cannot cross a block), dropping the outer word when the stored context may
 * have cut it in half.
 */
function contextWords(context: string, side: 'prefix' | 'suffix'): string {
  const lines = context.split('\n');
  const line = (side === 'prefix' ? lines[lines.length - 1] : lines[0]) ?? '';
  const all = words(line);
  if (side === 'prefix') {
    const whole = lines.length > 1 || /^\s/.test(line) ? all : all.slice(1);
    return whole.slice(-CONTEXT_WORDS).join(' ');
  }
  const whole = lines.length > 1 || /\s$/.test(line) ? all : all.slice(0, -1);
  return whole.slice(0, CONTEXT_WORDS).join(' ');
}

/** The release's URL with a text fragment that scrolls to the fact's quote. */
export function textFragmentUrl(fact: Pick<Fact, 'quote' | 'citation'>): string {
  return linkToQuote(fact.citation.url, fact.quote);
}

/** `url` with a text fragment that scrolls to the quote. */
export function linkToQuote(url: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const base = url.replace(/#.*$/s, '');
  const lines = quote.exact.split(/\s*\n\s*/).map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  let directive: string;
  if (lines.length === 1 && first.length <= SHORT_QUOTE) {
    directive = term(first.replace(/\s+/g, ' '));
  } else {
    const start = words(first).slice(0, EDGE_WORDS).join(' ');
    const end = words(last).slice(-EDGE_WORDS).join(' ');
    directive = `${term(start)},${term(end)}`;
  }
  const prefix = contextWords(quote.prefix, 'prefix');
  const suffix = contextWords(quote.suffix, 'suffix');
  return `${base}#:~:text=${prefix ? `${term(prefix)}-,` : ''}${directive}${suffix ? `,-${term(suffix)}` : ''}`;
}

/** The calendar date of an ISO timestamp, for citations ("read on 2026-11-29"). */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}
