/**
 * Subjects as keys: the same thing measured, however a release words it, gets one key, so
 * figures can be compared across clauses (shares) and across releases (a series of "U.S.
 * exports" by month, built by the library). Pure.
 *
 * `subjectWords` is the subject's words in order (case, quotes, "the" and "high-tech"
 * aside); `subjectKey` also drops the words that say when ("May exports", "the goods
 * deficit year-to-date"), "of", "and" and articles, keeps a preposition bound to the word
 * after it ("to china" is not "from china"), and sorts, so "U.S. exports of goods and
 * services" and "U.S. goods and services exports" share a key.
 */
import { MONTHS } from './dates.js';

const MONTH_WORDS = new Set(MONTHS.map((m) => m.toLowerCase()));
const PERIOD_WORDS = new Set(['year-to-date', 'ytd', 'monthly', 'quarterly', 'annual', 'annually', 'first', 'second', 'third', 'fourth', 'quarter', 'half', 'month', 'year', 'fiscal', 'total', 'overall']);
const DROPPED = new Set(['a', 'an', 'of', 'and', '&', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
const BINDING = new Set(['to', 'from', 'with', 'in', 'for', 'on', 'by', 'at']);

export function subjectWords(subject: string): string[] {
  return subject
    .toLowerCase()
    .replace(/[‘’'"“”]/g, '')
    .replace(/\bhigh-tech\b/g, 'high technology')
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && w !== 'the');
}

export function subjectKey(subject: string): string {
  const words = subjectWords(subject.replace(/year[-\s]to[-\s]date/gi, ' '))
    .map((w) => (w === 'u.s' ? 'us' : w))
    .filter((w) => !DROPPED.has(w) && !MONTH_WORDS.has(w) && !PERIOD_WORDS.has(w) && !/^(?:19|20)\d\d$/.test(w));
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (BINDING.has(w) && i + 1 < words.length) tokens.push(`${w} ${words[++i]}`);
    else if (!BINDING.has(w)) tokens.push(w);
  }
  return tokens.sort().join(' ');
}
