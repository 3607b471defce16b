/**
 * Defined terms that are not acronyms: `“Guidelines for U.S.-China ... Development”
 * (‘Guidelines’)` names a document, and every later "Guidelines" is that document; the
 * full name and each mention of the short name become one annotation kind, with the
 * full name as `name`.
 */
import type { AnnotationDraft } from '../model.js';
import { pointsOutside, wordOccurrences } from './spans.js';

const QUOTED_TERM = /\(\s?(?:the\s)?[‘'“"]([A-Z][A-Za-z]{1,30}(?:\s[A-Z][A-Za-z]{1,30}){0,3})[’'”"]\s?\)/g;
const CLOSING_QUOTE = /[”"’']$/;
const OPENING_FOR: Record<string, string> = { '”': '“', '"': '"', '’': '‘', "'": "'" };
const LOOKBACK = 300;
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'to', 'in']);
const ORGANIZATION_WORDS = /\b(?:Department|Ministry|Bureau|Agency|Administration|Office|Commission|Council|Company|Corporation|Inc|LLC|Ltd|Group)\.?$/;

export interface DefinedTerm {
  term: string;
  name: string;
  kind: 'document' | 'organization';
}

/** The name a defined term stands for: the quoted title just before it, or the capitalized phrase. */
function nameBefore(before: string, term: string): string | undefined {
  const trimmed = before.trimEnd();
  const close = trimmed.at(-1) ?? '';
  if (CLOSING_QUOTE.test(close)) {
    const open = trimmed.lastIndexOf(OPENING_FOR[close] ?? close, trimmed.length - 2);
    if (open < 0) return undefined;
    const title = trimmed.slice(open + 1, -1).trim();
    return title.includes(' ') ? title : undefined;
  }
  const words = trimmed.split(/\s+/).slice(-12);
  let start = words.length;
  while (start > 0 && /^[A-Z]|^(?:of|and|for|the|on|to|in|[A-Z][A-Za-z.]*-[A-Za-z.-]+)$/.test(words[start - 1] ?? '')) start--;
  const phrase = words.slice(start);
  while (phrase.length && CONNECTORS.has(phrase[0] ?? '')) phrase.shift();
  const name = phrase.join(' ').replace(/[,;:]$/, '');
  const firstWord = term.split(' ')[0] ?? term;
  return phrase.length >= 2 && name.toLowerCase().includes(firstWord.toLowerCase()) ? name : undefined;
}

export function findDefinedTerms(text: string): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(QUOTED_TERM)) {
    const term = m[1] ?? '';
    if (seen.has(term)) continue;
    const name = nameBefore(text.slice(Math.max(0, m.index - LOOKBACK), m.index), term);
    if (!name) continue;
    seen.add(term);
    terms.push({ term, name, kind: ORGANIZATION_WORDS.test(name) ? 'organization' : 'document' });
  }
  return terms;
}

const isWordChar = (c: string): boolean => /[A-Za-z0-9]/.test(c);

/** Every occurrence of a defined term's full name, then of the term itself elsewhere. */
export function findDefinedTermMentions(text: string): AnnotationDraft[] {
  const drafts: AnnotationDraft[] = [];
  for (const { term, name, kind } of findDefinedTerms(text)) {
    const full = wordOccurrences(text, name, isWordChar).map((at) => ({ kind, text: name, start: at, end: at + name.length, name }));
    const short = pointsOutside(wordOccurrences(text, term, isWordChar), full).map((at) => ({ kind, text: term, start: at, end: at + term.length, name }));
    drafts.push(...full, ...short);
  }
  return drafts.sort((a, b) => a.start - b.start);
}
