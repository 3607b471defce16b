/**
 * Acronyms a release defines for itself, and every later mention of them.
 *
 * Definitions follow Schwartz & Hearst (2003): the short form's characters are matched
 * right to left against the words before the parenthesis, the first character at a word
 * start. We then extend the long form over a directly preceding hyphenated or dotted
 * proper modifier ("U.S.-China High Technology ... Working Group"), which the original
 * algorithm drops.
 */
import type { AnnotationDraft } from '../model.js';

export interface AcronymDefinition {
  short: string;
  long: string;
  /** Offset of the short form inside the parentheses. */
  at: number;
}

const QUOTES = `'"‘’“”`;
// Bounded quantifiers only: a parenthesis holds at most a 12-character short form.
const PAREN_SHORT = new RegExp(`\\(\\s?[${QUOTES}]?([A-Z][A-Za-z0-9&./-]{0,10}[A-Z0-9])s?[${QUOTES}]?\\s?\\)`, 'g');

function isShortForm(candidate: string): boolean {
  const capitals = candidate.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && capitals * 2 >= candidate.replace(/[^A-Za-z]/g, '').length;
}

/** Schwartz & Hearst's findBestLongForm, over the text before the parenthesis. */
export function findLongForm(short: string, before: string): string | undefined {
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return undefined;
  const words = before.trimEnd().split(/\s+/);
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const window = words.slice(-maxWords).join(' ');
  const lower = window.toLowerCase();
  let l = lower.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s];
    while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(lower[l - 1] ?? '')))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = window.lastIndexOf(' ', l) + 1;
  let long = window.slice(start).trim();
  const head = window.slice(0, start).trimEnd().split(' ');
  const modifier = head[head.length - 1];
  if (modifier && /^[A-Z][A-Za-z.]*[.-][A-Za-z.-]*$/.test(modifier) && !/['’]s$/.test(modifier)) {
    long = `${modifier} ${long}`;
  }
  if (long.length <= short.length || /^[a-z]/.test(long.split(' ').pop() ?? '')) return undefined;
  return long;
}

const LOOKBACK = 300;

export function findDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(PAREN_SHORT)) {
    const short = m[1];
    if (!short || !isShortForm(short)) continue;
    // A long form is at most a few dozen words: look back a bounded window, so many
    // parentheses in a text without sentence breaks stay linear.
    const window = text.slice(Math.max(0, m.index - LOOKBACK), m.index);
    const sentenceStart = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. ') + 1, 0);
    const before = window.slice(sentenceStart).replace(/[,;:]\s*$/, '');
    const long = findLongForm(short, before);
    if (long) found.push({ short, long, at: m.index + m[0].indexOf(short) });
  }
  return found;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type AcronymDraft = Extract<AnnotationDraft, { kind: 'acronym' }>;

/** Every mention of a defined acronym, bare or with a plural or possessive ending. */
export function findAcronyms(text: string): AcronymDraft[] {
  const definitions = new Map<string, AcronymDefinition>();
  for (const d of findDefinitions(text)) if (!definitions.has(d.short)) definitions.set(d.short, d);
  if (definitions.size === 0) return [];
  const alternatives = [...definitions.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const mention = new RegExp(`(?<![A-Za-z0-9])(${alternatives.join('|')})(?=(?:['’]s|s)?(?![A-Za-z0-9]))`, 'g');
  const drafts: AcronymDraft[] = [];
  for (const m of text.matchAll(mention)) {
    const short = m[1] ?? '';
    const def = definitions.get(short);
    if (!def) continue;
    drafts.push({
      kind: 'acronym',
      text: short,
      start: m.index,
      end: m.index + short.length,
      expansion: def.long,
      source: 'page',
      definedAt: def.at,
    });
  }
  return drafts;
}
