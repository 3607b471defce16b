/**
 * What each money, percent and quantity figure measures: its subject ("U.S. exports to
 * China", subjects.ts), its period and the period a change is measured from (normalized,
 * periods.ts, as the text names them or as a reader carries them from the paragraph and
 * the release's date, period-mentions.ts), its role (a level, a change, the base a change
 * starts from, or a share) and its direction. Context relates figures only through these,
 * so what the text does not say is left out rather than guessed.
 */
import { splitSentences } from '../context/sentences.js';
import { MONTHS } from '../dates.js';
import type { Annotation, Measure } from '../model.js';
import { parsePeriod, previousPeriod } from '../periods.js';
import { anchorFromIso, isBaseAt, periodMentions, releaseDate, resumeFocus, type Anchor, type PeriodMention } from './period-mentions.js';
import { carryOver, isLaterTime, latestOf, type Paragraph } from './borrowed-periods.js';
import { plainSubject } from './subject-of-clause.js';
import { measureSentence, type Figure } from './sentence-measures.js';
import { antecedentLead, type Lead } from './subjects.js';

export function isFigure(a: Annotation): a is Figure {
  return a.kind === 'money' || a.kind === 'percent' || a.kind === 'quantity';
}

export interface MeasureOptions {
  /** The release's date (ISO): "last year", and the year of a month named without one. */
  published?: string;
}

export function measureFigures(text: string, annotations: Annotation[], options: MeasureOptions = {}): Annotation[] {
  const out = annotations.slice();
  const anchor: Anchor = { fromDate: false };
  const release = releaseDate(options.published);
  if (options.published) anchorFromIso(anchor, options.published);
  if (release.year !== undefined && release.month !== undefined) anchor.release = { year: release.year, month: release.month };
  let paragraph: Paragraph = {};
  // What the sentence before says its figures (or its clause) measure, for one that opens with "It".
  let before: { subject?: string; plain?: string } = {};
  // The first subject of the paragraph: what a figure named by its period alone measures.
  let topic: string | undefined;
  // The paragraph before's, for one that opens on a figure named by its period ("The September figure is …").
  let topicBefore: string | undefined;
  // A release that gives one quarter's change at an annual rate gives them all so (BEA's
  // "In the second quarter, real GDP increased 2.0 percent"), unless a change names another base.
  let annualQuarters = false;
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const inSentence: number[] = [];
    const dated: Extract<Annotation, { kind: 'date' }>[] = [];
    while (cursor < out.length && (out[cursor]?.start ?? Infinity) < sentence.end) {
      const a = out[cursor] as Annotation;
      if (isFigure(a)) inSentence.push(cursor);
      else if (a.kind === 'date' && a.iso.length === 10) anchorFromIso(anchor, a.iso);
      else if (a.kind === 'date' && inSentence.length === 0) dated.push(a);
      cursor++;
    }
    // "… the strongest advance since the first quarter of 1984 and …": a base sets no year for the quarters after it.
    if (inSentence.length > 0) for (const a of dated) if (!isBaseAt(text.slice(sentence.start, a.start), a.start - sentence.start)) anchorFromIso(anchor, a.iso);
    if (inSentence.length === 0) {
      // A line of its own with nothing on it: a blank line between paragraphs.
      // (A paragraph that ends in a colon goes on into the list it introduces.)
      if (sentence.end - sentence.start <= 8 && /^\s*\n\s*$/.test(text.slice(sentence.start, sentence.end)) && !/:\s*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start))) {
        [paragraph, before, topic, topicBefore] = [carryOver(paragraph), {}, undefined, topic ?? topicBefore];
        resumeFocus(anchor);
      } else {
        const plain = text.slice(sentence.start, sentence.end);
        // "This industry contributed to growth in every state." stands for the same subject as the sentence before.
        if (antecedentLead(plain) !== 'sentence') before = { plain };
        const said = TIME_WORDS.test(plain) ? periodMentions(plain, { ...anchor }, release) : [];
        // "… up from the preceding quarter and the first quarter of 2018": a base sets no year for what follows.
        for (const a of dated) if (!said.some((x) => x.base && x.start <= a.start - sentence.start && a.end - sentence.start <= x.end)) anchorFromIso(anchor, a.iso);
        const named = onlyPeriod(said);
        if (named) paragraph = { period: named };
      }
      continue;
    }
    const body = text.slice(sentence.start, sentence.end);
    const figures = inSentence.map((i) => out[i] as Figure);
    const mentions = periodMentions(body, anchor, release);
    const previous = before;
    const sentenceBefore = () => previous.subject ?? (previous.plain === undefined ? undefined : plainSubject(previous.plain));
    const antecedent = (lead: Lead) => (lead === 'paragraph' ? (topic ?? sentenceBefore() ?? topicBefore) : sentenceBefore());
    const { measures, compared } = measureSentence({ start: sentence.start, text: body }, figures, mentions, paragraph, antecedent);
    before = { subject: measures.find((m) => m.subject && m.role !== 'base')?.subject };
    topic ??= before.subject;
    annualQuarters ||= measures.some((m) => m.annualRate && parsePeriod(m.period)?.kind === 'quarter');
    for (const [k, m] of measures.entries()) {
      if ((annualQuarters || NATIONAL_ACCOUNTS.test(m.subject ?? '')) && isQuarterOnQuarter(m) && (out[inSentence[k] as number] as Figure).kind === 'percent') m.annualRate = true;
    }
    inSentence.forEach((index, k) => {
      const measure = measures[k];
      if (measure && Object.keys(measure).length > 0) out[index] = { ...(out[index] as Figure), measure };
    });
    // The paragraph's time is the latest its figures reach.
    const last = latestOf(measures);
    // The times of the paragraphs before go on: on a web page every paragraph is a line, and "below the revised August estimate" may follow a September named two lines up.
    const times = [...(paragraph.times ?? paragraph.before?.times ?? []), ...measures.flatMap((m) => (m.period && m.role !== 'base' ? [m.period] : []))].slice(-12);
    if (last && isLaterTime(last.period, paragraph.period)) {
      const kept = compared ?? (last.period === paragraph.period ? paragraph.compared : undefined);
      paragraph = { period: last.period, ...(last.basePeriod ? { basePeriod: last.basePeriod } : {}), ...(kept ? { compared: kept } : {}), times };
    } else if (last) paragraph = { ...paragraph, times };
    else {
      // "… added the most people for the 12 months through July 1": a sentence whose figures are part of its time names the paragraph's.
      const named = onlyPeriod(mentions);
      if (named) paragraph = { period: named };
    }
  }
  return out;
}

/** Cheap test for a sentence that may name a time, before the full patterns are tried. */
const TIME_WORDS = new RegExp(`(?:19|20)\\d\\d|quarter|month|year|${MONTHS.join('|')}`);

/** The one period a sentence without figures names as its own ("… used in the 2016 data products."), for the figures after it. */
function onlyPeriod(mentions: PeriodMention[]): string | undefined {
  const own = mentions.filter((x) => !x.base && !x.relative && !x.fromRelease);
  return own.length > 0 && own.every((x) => x.period && x.period === own[0]?.period) ? own[0]?.period : undefined;
}

/** BEA states the national accounts' quarterly changes at annual rates, whether or not a sentence says so. */
const NATIONAL_ACCOUNTS = /\b(?:GDP|gross domestic product|personal consumption expenditures|PCE|disposable personal income|DPI)\b/i;

function isQuarterOnQuarter(m: Measure): boolean {
  return m.role === 'change' && !m.annualRate && parsePeriod(m.period)?.kind === 'quarter' && m.basePeriod === previousPeriod(m.period);
}
