/**
 * The grammatical subject of the clause a figure sits in: the words from the clause's
 * start to the verb before the figure ("U.S. exports to China totaled $55 billion" → "U.S.
 * exports to China"), cleaned of the clause around it (subjects.ts). A clause with no
 * subject of its own (", up 32% from 2005") borrows the last one before it; one opened by
 * ", which" measures the noun phrase before the comma. A verb of action ("NIST was
 * granted $580 million", "NIST has $3 million") makes its subject an agent, not what the
 * figure measures: then there is none. Verbs and clause breaks are
 * found once per sentence, so many figures in a long sentence stay linear.
 */
import { CLAUSE_BREAK, cleanSubject, isAction, OWN_SUBJECT_BREAK, VERB } from './subjects.js';
import { MEASURE_VERBS, RUN_TOGETHER, VERB_ANYWHERE } from './subject-words.js';

const ASIDE = /\s--\s[^\n]{1,200}?\s--\s|—[^—\n]{1,200}?—|\s–\s[^–\n]{1,200}?\s–\s/g;
const HAS_ASIDE = new RegExp(ASIDE.source);
/** "personal income increased $27.7 billion, or 0.2 percent, DPI increased …": after a figure, "and" or a comma starts a clause. */
const AFTER_FIGURE_AND = /^.*\d(?:\s*(?:%|percent|per\s+cent|trillion|billion|million|thousand))\)?.*?(?:\s(?:and|but|while)|,)\s/s;
/** " date 2023-12-07 According to …, foreign visitors spent": a number that is no figure (a page's date stamp) ends what came before. */
const AFTER_NUMBER = /^.*\d\S*\s+/s;
/** "sales for March, adjusted for seasonal, holiday, and trading-day differences, but not for price changes, were": an aside up to the verb, its list's "and" no clause. */
const ADJUSTED_ASIDE = new RegExp(`,\\s+(?:not\\s+)?(?:seasonally\\s+)?adjusted\\s+for\\b[^;:()]{0,200}?,(?=\\s+(?:${MEASURE_VERBS})\\b)`, 'gi');
/** "The U.S. current-account deficit, which reflects …, widened by", "Inflation, as measured by the national price index …, declined": a relative clause with no figure of its own, between a subject and its verb, is an aside. */
const WHICH_ASIDE = new RegExp(`,\\s+(?:which|that|who|as\\s+(?:measured|defined|reported)\\s+by)\\s+[^;:()\\d$]{0,240}?,(?=\\s+(?:${MEASURE_VERBS})\\b)`, 'gi');
const EXPECTS_OBJECT = /\b(?:expects?|expected|projects?|projected|forecasts?|forecast)\s+((?!to\b)[^,;:]{2,100}?)\s+to\s*$/i;
/** "exports of both goods ($124.9 billion) and services": a figure in parentheses inside a subject is an aside. */
const FIGURE_ASIDE = /\s*\([^()]*\d[^()]*\)/g;
/** "… to last quarter's real GDP, which grew at 3.4 percent": a relative clause measures the noun phrase before it. */
const WHICH_BREAK = /,\s*which$/i;
const RELATIVE_ANTECEDENT = /^(?:.*(?:\b(?:to|of|in|for|on|by|with|from|than|and)\s|[,;:]))?\s*([^,;:]{2,120}?)\s*(?:\([A-Z&.]{2,}\))?$/is;
/** "After dropping 14.6 percent in 2009, exports grew …": the participle's subject is the main clause's. */
const LEADING_PARTICIPLE = /^\W*(?:After|Before|While|Since|Following|Despite|Besides|Unlike|In\s+addition\s+to)\s+\w+ing\b[^,;:]{0,200},/;

export function sentenceSubjects(sentence: string): (offset: number) => string | undefined {
  // "Real GDP -- the output of goods and services … -- increased": the aside is blanked out
  // (offsets kept), so the verb after it has the subject before it.
  const blank = (m: string) => ' '.repeat(m.length);
  const adjusted = /adjusted\s+for/i.test(sentence) ? sentence.replace(ADJUSTED_ASIDE, blank) : sentence;
  const unadjusted = /,\s+(?:which|that|who|as\s+(?:measured|defined|reported)\s+by)\s/i.test(adjusted) ? adjusted.replace(WHICH_ASIDE, blank) : adjusted;
  const text = HAS_ASIDE.test(unadjusted) ? unadjusted.replace(ASIDE, blank) : unadjusted;
  // "Total May exports": capitalized, May is the month, not the auxiliary.
  const verbs = [...text.matchAll(VERB)].filter((v) => v[0] !== 'May');
  const breakEnds = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length);
  if (/[a-z\d][A-Z][a-z]/.test(text)) breakEnds.push(...[...text.matchAll(RUN_TOGETHER)].map((m) => m.index));
  breakEnds.sort((a, b) => a - b);
  // latest[j]: the subject the j-th verb gives a figure after it (none after an action),
  // computed only as far as a figure needs.
  const latest: Array<string | undefined> = [];
  const actions: boolean[] = [];
  let lastBreak = 0;
  const extend = (upTo: number): void => {
    for (let j = latest.length; j <= upTo; j++) {
      const verb = verbs[j] as RegExpExecArray;
      while (lastBreak < breakEnds.length && (breakEnds[lastBreak] as number) <= verb.index) lastBreak++;
      actions.push(isAction(verb, sentence));
      if (actions[j]) {
        latest.push(undefined);
        continue;
      }
      const clauseStart = breakEnds[lastBreak - 1] ?? 0;
      const carried = j > 0 && !actions[j - 1] ? latest[j - 1] : undefined;
      // "causing the deficit to increase", "with the deficit growing": the clause's own subject.
      const ownBreak = OWN_SUBJECT_BREAK.test(text.slice(Math.max(0, clauseStart - 12), clauseStart));
      const sinceBreak = j === 0 || (verbs[j - 1] as RegExpExecArray).index < clauseStart;
      // "are expected to rise": an infinitive goes on with its clause's verb's subject (none after
      // an action: "agreed to pay"; none after a verb not known: "wants to expand").
      const infinitive = /\bto\s$/.test(text.slice(Math.max(0, verb.index - 3), verb.index));
      // "Intel expects its investments in the United States to exceed": the object of a verb of expecting is the infinitive's subject.
      const expected = infinitive ? EXPECTS_OBJECT.exec(text.slice(clauseStart, verb.index)) : null;
      if (expected) {
        latest.push(cleanSubject(expected[1] as string));
        continue;
      }
      if (infinitive && !(ownBreak && sinceBreak)) {
        latest.push(sinceBreak ? undefined : carried);
        continue;
      }
      // "will receive one-time funding ranging from $408,996": a participle after an action's object measures the object.
      const object = /ing$/i.test(verb[0]) && !sinceBreak ? objectBefore(text, verbs, actions, j) : undefined;
      if (object) {
        latest.push(object);
        continue;
      }
      if (ownBreak && sinceBreak && /ing$/i.test(verb[0])) {
        latest.push(cleanSubject(text.slice(clauseStart, verb.index)));
        continue;
      }
      const which = WHICH_BREAK.exec(text.slice(Math.max(0, clauseStart - 8), clauseStart));
      if (which && !text.slice(clauseStart, verb.index).trim()) {
        const before = clauseStart - which[0].length;
        const antecedent = RELATIVE_ANTECEDENT.exec(text.slice(Math.max(0, before - 200), before));
        const own = antecedent ? cleanSubject(antecedent[1] as string) : undefined;
        if (own && !VERB_ANYWHERE.test(own)) {
          latest.push(own);
          continue;
        }
      }
      const raw = clauseStart <= verb.index ? text.slice(clauseStart, verb.index).replace(infinitive ? /\s+to\s*$/ : /$^/, '') : '';
      // "DPI increased $28.3 billion (0.2 percent) and PCE increased $46.0 billion": after a
      // figure, "and" starts a clause of its own even without a comma.
      const own = cleanSubject(raw) ?? (/\d/.test(raw) ? (cleanSubject(raw.replace(FIGURE_ASIDE, '')) ?? (AFTER_FIGURE_AND.test(raw) ? cleanSubject(raw.replace(AFTER_FIGURE_AND, '')) : cleanSubject(raw.replace(AFTER_NUMBER, '')))) : undefined);
      // An auxiliary's subject carries to the verb after it ("has improved", "were up"), and
      // a participle goes on with its clause's ("were a record, reaching $60.6 billion").
      latest.push(/ing$/i.test(verb[0]) ? (carried ?? own) : (own ?? carried));
    }
  };
  const participle = LEADING_PARTICIPLE.exec(text);
  const mainVerb = participle ? verbs.findIndex((v) => v.index >= participle[0].length) : -1;
  return (offset) => {
    if (participle && offset < participle[0].length && mainVerb >= 0) {
      extend(mainVerb);
      return actions[mainVerb] ? undefined : latest[mainVerb];
    }
    let low = 0;
    let high = verbs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const v = verbs[mid] as RegExpExecArray;
      if (v.index + v[0].length <= offset) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return undefined;
    extend(low - 1);
    return latest[low - 1];
  };
}

/** The object of the action before the j-th verb, past a word of the object read as a verb ("receive one-time funding ranging"). */
function objectBefore(text: string, verbs: RegExpExecArray[], actions: boolean[], j: number): string | undefined {
  const end = (verbs[j] as RegExpExecArray).index;
  for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
    const verb = verbs[k] as RegExpExecArray;
    if (!actions[k]) return undefined;
    const object = cleanSubject(text.slice(verb.index + verb[0].length, end));
    if (object && !VERB_ANYWHERE.test(object.split(/\s+/)[0] ?? '')) return object;
  }
  return undefined;
}

/**
 * What a sentence with no figure of ours measures, for "This is 3.1 percent above …" after it:
 * its last clause's subject, else that of the clause with its first number ("Sales … were at
 * a rate of 593,000, according to estimates released … by HUD and the Census Bureau").
 */
export function plainSubject(plain: string): string | undefined {
  const subjectAt = sentenceSubjects(plain);
  const number = /(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*/.exec(plain);
  return subjectAt(plain.length) ?? (number ? subjectAt(number.index + number[0].length) : undefined);
}
