/**
 * Money, percentages and percentage points, and counts of things, with their values as
 * data. Every pattern has bounded repetition, so no input makes it backtrack badly.
 * What a figure measures (subject, period, direction) is measure.ts's job.
 */
import type { AnnotationDraft as Draft } from '../model.js';
import { NUMBER, NUMBER_WORDS, parseNumber, parseWordsTo99, scaled, WORDS_TO_99 } from './numbers.js';

/** `$55 billion`, `$8.3M`, `$2bn`, `$5 m` (a lone lower-case m after an amount is millions, as `$5m` is). */
const SCALE_WORD = '(?:\\s([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|THOUSAND|MILLION|BILLION|TRILLION)\\b|\\s?(bn|mn|[KMBTm])\\b)';
/** `$55 billion`, `US$3 million`, `$8.3M`, `$1,063 billion`, `$500,000`, `$100+ billion`. */
const MONEY = new RegExp(`(?<![A-Za-z0-9])(?:US|U\\.S\\.\\s?)?\\$\\s?(${NUMBER})(?:\\+(?=\\s[A-Za-z]))?${SCALE_WORD}?`, 'g');
/** The first figure of a range borrows the second's scale: `$3 to $5 billion`, `$3-$5 billion`, `$3-5 billion`. */
const MONEY_RANGE_TAIL = new RegExp(`^\\s?(?:to|and|-|–)\\s?(?:US)?\\$?\\s?(?:${NUMBER})${SCALE_WORD}`);
/**
 * `$68,6 billion`: a comma with fewer than three digits after it, then a scale word, can be
 * no thousands separator; a reader reads it as the decimal point it stands for.
 */
const DECIMAL_COMMA_TAIL = /^,(\d{1,2})(?!\d)\s([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)\b/;
/** `55 billion dollars`. */
const MONEY_WORDS = new RegExp(`(?<![\\w$.,])(${NUMBER})\\s(thousand|million|billion|trillion)\\s(?:U\\.S\\.\\s)?dollars\\b`, 'g');

/**
 * `32%`, `4.0 percent`, `-2.3%`, `0.5 percentage point`. Headlines capitalize the word ("Widened by 7.2 Percent", "UP 23.1 PERCENT"), on the figure's line: a chart's "2015⏎Percent of Total" is a year over an axis title. A
 * hyphen makes the figure a modifier: "the 90-percent confidence level". */
const PERCENT = new RegExp(`(?<![\\w.,])([-−–]?)(${NUMBER})(?:\\s?%|(?:\\s{1,4}|-)(?:percent|per\\scent)\\b|[ \\t](?:Percent|PERCENT|Per\\sCent)\\b|(\\s(?:percentage\\s)?points?\\b|[ \\t](?:Percentage\\s|PERCENTAGE\\s)?(?:Points?|POINTS?)\\b))`, 'g');

/** "the range (-0.7 to +5.7 percent)", "between 4 and 5 percent": the first of a range is a percent too (never a year). */
const PERCENT_RANGE_HEAD = new RegExp(`(?<![\\w.,$])([-−+]?)(${NUMBER})(?=\\s?(?:to|and|-|–)\\s?[-−+]?(?:${NUMBER})\\s?(?:%|percent\\b))`, 'g');

/** `five percent`, `Ninety-five percent of world consumers`: a percentage written in words. */
const PERCENT_IN_WORDS = new RegExp(`(?<![\\w-])(${WORDS_TO_99})\\s(?:percent|per\\scent)\\b`, 'gi');

/** Things releases count. The noun may follow up to two describing words (`11 new entities`, `22 Chinese companies`), never a verb; a number that labels a stage (`Phase 1`) counts nothing. */
const COUNT_NOUNS =
  'jobs?|entit(?:y|ies)|compan(?:y|ies)|firms?|businesses|business|workers?|employees?|people|persons?|individuals?|countries|country|states?|grants?|awards?|projects?|communities|community|patents?|trademarks?|applications?|licenses?|items?|parties|party|addresses|organizations?|institutions?|universities|university|exporters?|importers?|members?|agreements?|students?|participants?|delegates?|visits?|cases?|investigations?|products?|vessels?|satellites?|stations?|sites?|households?|homes?|locations?|cities|city|counties|county|regions?|partners?|agencies|agency|nations?|manufacturers?|suppliers?|facilities|facility|plants?|centers?|offices?|missions?|meetings?|days?|weeks?|months?|years?|miles?|acres?|tons?|barrels?|units?|vehicles?|aircraft|ships?|buildings?|schools?|hospitals?|farms?|tribes?|languages?|consumers?|customers?|users?|subscribers?|visitors?|arrivals?|travell?ers?|tourists?|passengers?|connections?|shipments?|transactions?|rules?|licenses?|destinations?|markets?|sectors?|industries|industry|categories|category|commitments?|outcomes?|deals?|contracts?|loans?|scholarships?|fellowships?|researchers?|scientists?|engineers?|inventors?|entries|entry|names?|individuals|persons';
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const QUANTITY = new RegExp(
  `(?<![\\w$.,%])(?<![A-Za-z]-)(?<!\\b(?:Phase|Round|Tier|Title|Section|No\\.)\\s)(${NUMBER}|${NUMBER_WORD})(?:\\s(million|billion|thousand))?((?:\\s(?!(?:of|the|and|or|to|in|for|a|an|on|at|by|with|from|than|per|will|would|can|may|is|are|was|were|has|have|had)\\b)[A-Za-z][a-z-]{1,20}){0,2}?)\\s(${COUNT_NOUNS})\\b`,
  'gi',
);

export function findMoney(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(MONEY)) {
    let scale = m[2] ?? m[3];
    let written = m[1] ?? '0';
    let end = m.index + m[0].length;
    const decimal = !scale && text[end] === ',' && !written.includes(',') ? DECIMAL_COMMA_TAIL.exec(text.slice(end, end + 16)) : null;
    if (decimal) {
      written = `${written}.${decimal[1]}`;
      scale = decimal[2];
      end += decimal[0].length;
    }
    // "$408,996 to $1.5 million": a figure written out to its units borrows no scale.
    if (!scale && !written.includes(',')) scale = MONEY_RANGE_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.slice(1).find((s) => s && /[a-z]/i.test(s));
    drafts.push({ kind: 'money', text: text.slice(m.index, end), start: m.index, end, value: scaled(parseNumber(written), scale), currency: 'USD' });
  }
  for (const m of text.matchAll(MONEY_WORDS)) {
    drafts.push({ kind: 'money', text: m[0], start: m.index, end: m.index + m[0].length, value: scaled(parseNumber(m[1] ?? '0'), m[2]), currency: 'USD' });
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** "The April 2019 to May 2019 percent change": a year after a month's name is the month's, not a percent. */
const MONTH_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/;

export function findPercents(text: string): Draft[] {
  const percents = [...text.matchAll(PERCENT)].filter((m) => !(/^(?:19|20)\d\d$/.test(m[2] ?? '') && MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))));
  const drafts: Draft[] = percents.map((m) => {
    const value = parseNumber(m[2] ?? '0') * (m[1] ? -1 : 1);
    const base = { kind: 'percent', text: m[0], start: m.index, end: m.index + m[0].length, value } as const;
    return m[3] ? { ...base, points: true } : base;
  });
  for (const m of text.matchAll(PERCENT_RANGE_HEAD)) {
    if (/^(?:19|20)\d\d$/.test(m[2] ?? '')) continue;
    drafts.push({ kind: 'percent', text: m[0], start: m.index, end: m.index + m[0].length, value: parseNumber(m[2] ?? '0') * (m[1] && m[1] !== '+' ? -1 : 1) });
  }
  for (const m of text.matchAll(PERCENT_IN_WORDS)) drafts.push({ kind: 'percent', text: m[0], start: m.index, end: m.index + m[0].length, value: parseWordsTo99(m[1] ?? '') });
  return drafts.sort((a, b) => a.start - b.start);
}

/** A count a rate or an estimate names with no noun after it, as Census states housing units: "at a seasonally adjusted annual rate of 1,241,000", "the revised August figure of 827,000". */
const RATE_COUNT = /(?<=\b(?:rate|figure|estimate)\s(?:was\s|is\s)?of\s)\d{1,3}(?:,\d{3})+(?!\d|[,.]\d|\s?%|\s(?:percent|thousand|million|billion)\b)/g;

export function findQuantities(text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const m of text.matchAll(RATE_COUNT)) drafts.push({ kind: 'quantity', text: m[0], start: m.index, end: m.index + m[0].length, value: parseNumber(m[0]), unit: '' });
  for (const m of text.matchAll(QUANTITY)) {
    const written = (m[1] ?? '').toLowerCase();
    const number = NUMBER_WORDS[written] ?? parseNumber(written);
    // A year before a noun ("2006 exports") is a year, not a count.
    if (/^(?:19|20)\d\d$/.test(written) && !m[2]) continue;
    if (!Number.isFinite(number)) continue;
    drafts.push({ kind: 'quantity', text: m[0], start: m.index, end: m.index + m[0].length, value: scaled(number, m[2]), unit: (m[4] ?? '').toLowerCase() });
  }
  return drafts.sort((a, b) => a.start - b.start);
}
