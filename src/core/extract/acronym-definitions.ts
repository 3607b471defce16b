/**
 * Where a release defines its own acronyms, in every form releases use:
 *
 * - `Long Name (ABBR)`, with straight or curly quotes inside the parentheses, a plural
 *   (`free trade agreements (FTAs)`), or more after the short form (`(BIS, formerly BXA)`,
 *   `(the Regulations (EAR))`);
 * - `ABBR (Long Name)`;
 * - `the Long Name, or ABBR,`.
 *
 * The long form is found as Schwartz & Hearst (2003) do: the short form's characters are
 * matched right to left against the words before it, its first character at a word start.
 * We then extend the long form over a directly preceding hyphenated or dotted proper
 * modifier ("U.S.-China High Technology ... Working Group"), which the original drops.
 * Every pattern has bounded repetition and every look-back a bounded window, so the
 * work stays linear in the text.
 */

export interface AcronymDefinition {
  /** The short form, singular (`FTA` for `FTAs`). */
  short: string;
  long: string;
  /** Offset of the short form where it is defined. */
  at: number;
}

const QUOTE = `'"‘’“”`;
/** A short form right after an opening parenthesis, closed or followed by more. */
const PAREN_SHORT = new RegExp(`\\(\\s?(?:the\\s)?[${QUOTE}]?([A-Za-z][A-Za-z0-9&./-]{0,11})[${QUOTE}]?(?=\\s?[),;]|\\s\\()`, 'g');
/** `ABBR (Long Name)`: a short form, then a parenthesis of words. */
const SHORT_THEN_LONG = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&/-]{1,11})\s\(([A-Za-z][^()\n]{4,150})\)/g;
/** `the Long Name, or ABBR,` */
const OR_SHORT = new RegExp(`,\\s(?:or|also known as|known as|hereafter|hereinafter)\\s[${QUOTE}]?([A-Z][A-Za-z0-9&/-]{1,11})[${QUOTE}]?(?=[,.;:)])`, 'g');
const LOOKBACK = 300;

/** Two capitals at least, and more capitals than lower-case letters. */
export function isShortForm(candidate: string): boolean {
  let capitals = 0;
  let letters = 0;
  for (const c of candidate) {
    if (c >= 'A' && c <= 'Z') capitals++;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters++;
  }
  return capitals >= 2 && capitals * 2 >= letters;
}

/** `FTAs` → `FTA`; other short forms unchanged. */
export function singular(short: string): { short: string; plural: boolean } {
  const base = short.slice(0, -1);
  return short.endsWith('s') && isShortForm(base) && /[A-Z]$/.test(base) ? { short: base, plural: true } : { short, plural: false };
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[a-z0-9]/i.test(c);
}

/** Schwartz & Hearst's findBestLongForm, over the text before the short form. */
export function findLongForm(short: string, before: string): string | undefined {
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return undefined;
  const words = before.trimEnd().split(/\s+/);
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const lookback = words.slice(-maxWords).join(' ');
  const lower = lookback.toLowerCase();
  let l = lower.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s];
    while (l >= 0 && (lower[l] !== c || (s === 0 && isWordChar(lower[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = Math.max(lookback.lastIndexOf(' ', l), lookback.lastIndexOf('(', l)) + 1;
  let long = lookback.slice(start).trim();
  const head = lookback.slice(0, start).trimEnd().split(' ');
  const modifier = head[head.length - 1];
  const modified = Boolean(modifier && /^[A-Z][A-Za-z.]*[.-][A-Za-z.-]*$/.test(modifier) && !/['’]s$/.test(modifier));
  if (modified) {
    long = `${modifier} ${long}`;
  }
  // "… Administration’s (NTIA)": the possessive belongs to the sentence, not the name.
  long = long.replace(/^[("“‘']+|[)"”’',]+$/g, '').replace(/['’]s$/, '');
  // Schwartz & Hearst take the shortest match: "of Export Enforcement (OEE)" and
  // "Manufacturing Extension Partnership (MEP)" lose the proper name's first word.
  const previous = head[head.length - 1];
  if (previous && !modified && /^(?:of|for|and|on)\s/.test(long) && /^[A-Z][a-z]+$/.test(previous)) long = `${previous} ${long}`;
  else if (previous && !modified && /^[A-Z][a-z]+$/.test(previous) && !LEADING_WORDS.has(previous) && /^[A-Z]/.test(long)) long = `${previous} ${long}`;
  // "Department of Housing and Urban Development (HUD)": a department is named with the word its letters leave out.
  else if (!modified && head.slice(-2).join(' ') === 'Department of' && /^[A-Z]/.test(long)) long = `Department of ${long}`;
  if (long.length <= short.length || !long.includes(' ')) return undefined;
  // A long form in lower case ("free trade agreements") must spell the short form with
  // its initials; otherwise the letters may come from anywhere in a proper name.
  if (/^[a-z]/.test(long.split(' ').pop() ?? '') && !spelledBy(initials(long), letters)) return undefined;
  return long;
}

/** The short form's letters, in order, among the initials, the first on the first. */
function spelledBy(initials: string, letters: string): boolean {
  if (initials[0] !== letters[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}

const LEADING_WORDS = new Set(['The', 'This', 'These', 'That', 'A', 'An', 'In', 'On', 'At', 'For', 'Under', 'By', 'With', 'From', 'And', 'Its', 'Our', 'Their', 'Both', 'Each', 'Today', 'New', 'Under', 'Secretary', 'Minister', 'Director', 'Administrator', 'Commerce']);

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&']);

function initials(long: string): string {
  return long
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !FUNCTION_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/** The current sentence before `end`, within a bounded lookback. */
function sentenceBefore(text: string, end: number): string {
  const lookback = text.slice(Math.max(0, end - LOOKBACK), end);
  let start = lookback.lastIndexOf('\n') + 1;
  // A full stop after a lower-case word ends a sentence; after "U.S" or "M" it does not.
  for (let i = lookback.length - 2; i > start; i--) {
    if (lookback[i] === '.' && lookback[i + 1] === ' ' && /[a-z0-9)]/.test(lookback[i - 1] ?? '')) {
      start = i + 2;
      break;
    }
  }
  return lookback.slice(start).replace(/[,;:]\s*$/, '');
}

function singularLong(long: string): string {
  return long.replace(/([^s])s$/, '$1');
}

function define(short: string, before: string, at: number): AcronymDefinition | undefined {
  const { short: single, plural } = singular(short);
  if (!isShortForm(single)) return undefined;
  const long = findLongForm(single, before);
  return long ? { short: single, long: plural ? singularLong(long) : long, at } : undefined;
}

export function findDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(PAREN_SHORT)) {
    const short = m[1] ?? '';
    const def = define(short, sentenceBefore(text, m.index), m.index + m[0].indexOf(short));
    if (def) found.push(def);
  }
  for (const m of text.matchAll(SHORT_THEN_LONG)) {
    const { short, plural } = singular(m[1] ?? '');
    const inside = (m[2] ?? '').trim().replace(/^the\s/, '');
    if (!isShortForm(short)) continue;
    // The parenthesis must be the long form from its first word on, not a remark.
    const long = findLongForm(short, inside);
    if (long && long === inside.replace(/^[("“‘']+|[)"”’',]+$/g, '')) found.push({ short, long: plural ? singularLong(long) : long, at: m.index });
  }
  for (const m of text.matchAll(OR_SHORT)) {
    const short = m[1] ?? '';
    const def = define(short, sentenceBefore(text, m.index), m.index + m[0].indexOf(short));
    if (def) found.push(def);
  }
  return found.sort((a, b) => a.at - b.at);
}
