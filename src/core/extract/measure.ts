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
import { anchorFromIso, isBaseAt, periodMentions, releaseDate, resolveRelative, resumeFocus, type Anchor, type PeriodMention } from './period-mentions.js';
import { borrowPeriods, carryOver, isLaterTime, latestOf, namedBase, type Paragraph, type Source } from './borrowed-periods.js';
import { directionsOfLevels, MOVED } from './directions.js';
import { isAnnualRate, roleOf } from './roles.js';
import { listItemSubjects } from './list-counts.js';
import { plainSubject } from './subject-of-clause.js';
import { figureSubjects } from './figure-subject.js';
import type { Lead } from './subjects.js';

type Figure = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

/** A margin of error right after a figure: "(±1.2%)", "(+/- 0.5 percent)", "(±1.3%)*" (Census marks a change not significant). */
const MARGIN_AHEAD = /^\s*\(\s*(?:±|\+\/-|\+\s?or\s?-)\s*[\d.]+\s*(?:%|percent)?\s*\)\*?/;
/** After a percent, a percent in parentheses is its margin of error with the sign lost ("3.0 percent (0.7%) above April 2015"). */
const BARE_MARGIN_AHEAD = /^\s*\(\s*[\d.]+\s*(?:%|percent)\s*\)\*?/;

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
        before = { plain };
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

/** Between two shares of one verb: the first's whole, then "and". */
const COORDINATED_SHARE = /^\s+of\s[^;:,()$\d]{1,80}?(?:\s(?:in|during|for)\s[^;:,()$]{1,30}?)?\s+and\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** A figure restated by the next: "2.8 percent, or $509.9 billion", "$3.3 billion (0.2 percent". */
const RESTATED = /^\s*(?:,\s*or|\()\s*$/;

/** Nothing but a preposition between a figure and a time. */
const ADJACENT = /^\s*,?\s*(?:(?:in|during|for)\s+)?(?:the\s+)?$/i;

/** Where the clause a figure is in ends, for the times after it: a contrast, what it is compared with ("$28,518, slightly less than 4.9-percent growth in 1998"), what came before ("fell 46 percent in 2008Q1 after growing 141 percent in 2007Q4"), or the charges a penalty settles (their time is the conduct's). */
const SETTLED_CHARGES = /\bto\s+settle\b|\bcharges?\s+that\b/;
const CLAUSE_BREAK = new RegExp(`;|,\\s*(?:while|whereas|but|though|although)\\b|\\bthan\\b|\\bcompared\\s+(?:with|to)\\b|\\bafter\\s+(?!adjusting\\b)[a-z]+ing\\b|${SETTLED_CHARGES.source}`);
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

/** "compared with an increase of $6.8 billion", "in contrast to a decrease of $3.3 billion": the change of another time, compared with. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|in\s+contrast\s+to)\s+(?:an?\s+)?(?:increase|decrease|rise|gain|decline|drop|fall)\s+of\s+(?:less\s+than\s+|more\s+than\s+)?$/i;

/** "understated by 0.06 percentage points": a correction of a figure, not a change over time. */
const CORRECTION_BEFORE = /\b(?:over|under)stat\w*\s+(?:by\s+)?$/i;

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

interface SentenceText {
  start: number;
  text: string;
}

/** A sentence's measures, and the time its figures are compared with ("compared with an increase of $6.8 billion in February"). */
function measureSentence(s: SentenceText, figures: Figure[], mentions: PeriodMention[], paragraph: Paragraph, antecedent: (lead: Lead) => string | undefined): { measures: Measure[]; compared?: string } {
  const subjectOf = figureSubjects(s.text, antecedent);
  const lead = mentions[0] && !/\S/.test(s.text.slice(0, mentions[0].start).replace(/^[^A-Za-z]*(?:in|during|for|on|as\s+of|through)?\s*$/i, '')) ? mentions[0] : undefined;
  // A sentence that names one time of its own dates every figure it does not date otherwise.
  // The times of the charges a penalty settles date the conduct only.
  const charges = SETTLED_CHARGES.exec(s.text)?.index ?? Infinity;
  const ownKinds = mentions.filter((x) => !x.base && !x.adjective && !x.relative && !x.compared && x.period && x.start < charges);
  const single = ownKinds.length > 0 && ownKinds.every((x) => x.period === ownKinds[0]?.period) ? ownKinds[0] : undefined;
  const measures: Measure[] = [];
  const sources: Source[] = [];
  const corrections = new Set<number>();
  // Bases named relative to a period the figure only gets from its clause or paragraph ("from the previous month").
  const baseCues = new Map<number, [PeriodMention, string | undefined]>();
  // "… in March, compared with an increase of $6.8 billion in February": figures of the time compared with.
  const compared = new Set<number>();
  let shareVerbBefore = false;
  figures.forEach((f, k) => {
    const from = k === 0 ? 0 : (figures[k - 1] as Figure).end - s.start;
    const to = k + 1 < figures.length ? (figures[k + 1] as Figure).start - s.start : s.text.length;
    const [start, end] = [f.start - s.start, f.end - s.start];
    const before = s.text.slice(from, start);
    const after = s.text.slice(end, to);
    const previous = measures[k - 1];
    // "0.5 percent (±1.2%) above the February estimate": the words after the margin of error say what it is.
    const margin = MARGIN_AHEAD.exec(s.text.slice(end, end + 40)) ?? (f.kind === 'percent' ? BARE_MARGIN_AHEAD.exec(s.text.slice(end, end + 40)) : null);
    const bareMargin = f.kind === 'percent' && figures[k - 1]?.kind === 'percent' && /^\s*\(\s*$/.test(before) && /^\s*\)/.test(after);
    const next = figures[k + 2];
    const reach = margin ? (next ? next.start - s.start : s.text.length) : to;
    // "$1 billion, or 8 percent, more than …": the direction after the rate that restates it is the change's.
    const restatedBy = !margin && /^\s*,\s*or\s+$/.test(after) && figures[k + 1]?.kind === 'percent' ? figures[k + 1] : undefined;
    const roleAfter = margin ? s.text.slice(end + margin[0].length, reach) : restatedBy ? s.text.slice(restatedBy.end - s.start, next ? next.start - s.start : s.text.length).replace(/^\s*,/, '') : after;
    const role = roleOf({ before, after: roleAfter, isPercent: f.kind === 'percent', previous, afterCount: figures[k - 1]?.kind === 'quantity' });
    // "accounted for 22.3 percent of services exports in October and 7.3 percent of all exports": the verb goes on to the share after "and".
    if (role.role === 'share' && shareVerbBefore && COORDINATED_SHARE.test(before)) role.shareVerb = true;
    shareVerbBefore = role.shareVerb === true;
    // "378 applications were received from 247 members": "from" starts a base only after a move.
    if (role.role === 'base' && previous?.role !== 'change' && /\bfrom\s+$/i.test(before) && !MOVED.test(s.text.slice(0, start))) role.role = 'level';
    // "the first five months of 2007": a count of months inside a period is the period's, no figure.
    const partOfPeriod = f.kind === 'quantity' && mentions.some((x) => x.start <= start && end <= x.end);
    if (role.none || partOfPeriod || bareMargin) {
      measures.push({});
      sources.push(undefined);
      return;
    }
    const m: Measure = {};
    if (role.role) m.role = role.role;
    if (role.direction) m.direction = role.direction;
    if (m.role === 'change' && f.kind === 'percent' && isAnnualRate(before, after)) m.annualRate = true;
    if (role.revises && previous) {
      for (const key of ['subject', 'period', 'basePeriod'] as const) if (previous[key]) m[key] = previous[key];
      measures.push(m);
      sources.push(sources[k - 1]);
      return;
    }

    const found = subjectOf({ kind: f.kind, before, after, start, end, shareVerb: role.shareVerb === true, countAfter: figures[k + 1]?.kind === 'quantity', ...(m.role ? { role: m.role } : {}), ...(previous ? { previous } : {}) });
    if (found.changeIn && m.role === 'level') {
      m.role = 'change';
      if (found.direction) m.direction = found.direction;
    }
    if (found.subject) m.subject = found.subject;

    // The figure's own period: named after it (before any base), else in its clause before it.
    const inGap = (a: number, b: number) => mentions.filter((x) => x.start >= a && x.end <= b);
    // "… accounted for 1.7 percent of total sales, while in the second quarter of 2003 …": a time past a contrast is the next clause's.
    const clauseEnd = CLAUSE_BREAK.exec(s.text.slice(end, reach));
    const afterMentions = inGap(end, clauseEnd ? end + clauseEnd.index : reach).filter((x) => !x.compared);
    // A time before a clause break is the clause before's ("… in February; manufacturing payrolls increased $5.7 billion", "… in 2017, compared with an increase of 2.8 percent").
    const breaks = [...s.text.slice(from, start).matchAll(CLAUSE_BREAKS)].pop();
    const beforeMentions = inGap(breaks ? from + breaks.index + breaks[0].length : from, start).filter((x) => !x.compared);
    let own: PeriodMention | undefined;
    const previousOwn = [...measures].reverse().find((x) => x.period && x.role !== 'base');
    if (m.role === 'base') {
      // "compared with $590.3 billion during the same period in 2006": the change's months, that year.
      const relative = afterMentions.find((x) => x.relative && x.relative.to !== 'same');
      own = afterMentions.find((x) => !x.relative) ?? (relative ? { ...relative, period: resolveRelative(relative, previousOwn?.period, undefined) } : undefined) ?? beforeMentions.filter((x) => !x.relative).pop();
    } else {
      const firstBase = afterMentions.findIndex((x) => x.base);
      // "… from 0.5 percent in the third quarter": a time right after the figure is its own, whatever the figure is.
      const adjacent = afterMentions.find((x) => !x.relative && !x.adjective && ADJACENT.test(s.text.slice(end, x.start)) && !/^(?:since|from|than|over|versus|between|compared)\b/i.test(s.text.slice(x.start, x.end)));
      own =
        adjacent ??
        (firstBase < 0 ? afterMentions : afterMentions.slice(0, firstBase)).find((x) => !x.adjective) ??
        afterMentions.find((x) => x.rangeEnd) ??
        beforeMentions.filter((x) => !x.base && !x.adjective).pop() ??
        (lead && !lead.base ? lead : undefined) ??
        single;
    }
    // "Year-to-date, … exports have grown nearly 13 percent in 2012": the year so far, in 2012.
    const soFar = mentions.find((x) => x.yearToDate && !x.base && x.period);
    if (own && soFar && own.period !== undefined && soFar.period?.startsWith(`${own.period}-`)) own = soFar;
    let source: Source;
    if (own?.relative?.to === 'same') {
      const period = previousOwn?.period ?? paragraph.period;
      if (period) [m.period, source] = [period, 'same'];
    } else if (own) {
      if (own.period) m.period = own.period;
      source = 'own';
    }
    if (m.role === 'change') {
      const baseMention = afterMentions.find((x) => x.base) ?? mentions.find((x) => x.base && x.start > start);
      const named = baseMention ? namedBase(baseMention, m.period, previousOwn?.period, s.text) : undefined;
      if (named && named !== m.period) m.basePeriod = named;
      else if (baseMention && !m.period) baseCues.set(k, [baseMention, previousOwn?.period]);
      else if (source === 'same') {
        const inherited = previousOwn?.basePeriod ?? paragraph.basePeriod;
        if (inherited) m.basePeriod = inherited;
      }
    }
    if (m.role === 'change' && !m.basePeriod && own?.before) m.basePeriod = own.before;
    if (CORRECTION_BEFORE.test(before)) corrections.add(k);
    if (COMPARED_BEFORE.test(before)) compared.add(k);
    measures.push(m);
    sources.push(source);
  });
  // "compared with an increase of 2.8 percent, or $509.9 billion, in 2016": a change and the figure restating it are of one time.
  measures.forEach((m, k) => {
    const restating = measures[k + 1];
    if (m.period || m.role !== 'change' || restating?.role !== 'change' || !restating.period || !RESTATED.test(s.text.slice((figures[k] as Figure).end - s.start, (figures[k + 1] as Figure).start - s.start))) return;
    [m.period, sources[k]] = [restating.period, 'clause'];
    if (restating.basePeriod && !m.basePeriod) m.basePeriod = restating.basePeriod;
    if (compared.has(k)) compared.add(k + 1);
  });
  const between = (a: number, b: number): string => s.text.slice(Math.min(figures[a]?.end ?? 0, figures[b]?.end ?? 0) - s.start, Math.max(figures[a]?.start ?? 0, figures[b]?.start ?? 0) - s.start);
  const comparedPeriod = borrowPeriods(measures, sources, mentions, paragraph, between, compared, figures.map((f) => f.start - s.start));
  measures.forEach((m, k) => {
    // A base the sentence names, relative to the period the figure borrowed, wins over a borrowed one.
    const cue = baseCues.get(k);
    const named = cue && m.role === 'change' && m.period ? namedBase(cue[0], m.period, cue[1], s.text) : undefined;
    if (named && named !== m.period) m.basePeriod = named;
    // "understated by 0.06 percentage points": a correction of the figure, not a move from an earlier period.
    if (m.role === 'change' && m.period && !m.basePeriod && !corrections.has(k)) {
      const before = previousPeriod(m.period);
      if (before) m.basePeriod = before;
    }
  });
  directionsOfLevels(s.text, measures);
  listItemSubjects(s.text, s.start, figures, measures);
  return { measures, ...(comparedPeriod ? { compared: comparedPeriod } : {}) };
}
