/**
 * One sentence's measures: for each figure, its role and direction (roles.ts), its subject
 * (figure-subject.ts), the period its clause names and, for a change, the period it is
 * measured from; what the sentence leaves open it borrows from the paragraph
 * (borrowed-periods.ts).
 */
import type { Annotation, Measure } from '../model.js';
import { previousPeriod } from '../periods.js';
import { resolveRelative, type PeriodMention } from './period-mentions.js';
import { borrowPeriods, namedBase, type Paragraph, type Source } from './borrowed-periods.js';
import { directionsOfLevels, MOVED } from './directions.js';
import { isAnnualRate, roleOf } from './roles.js';
import { listItemSubjects } from './list-counts.js';
import { figureSubjects } from './figure-subject.js';
import { PLUS_MINUS } from './numbers.js';
import type { Lead } from './subjects.js';

export type Figure = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

/** A margin of error right after a figure: "(±1.2%)", "(+/- 0.5 percent)", "(±1.3%)*" (Census marks a change not significant). */
const MARGIN_AHEAD = new RegExp(`^\\s*\\(\\s*${PLUS_MINUS}\\s*[\\d.]+\\s*(?:%|percent)?\\s*\\)\\*?`);
/** After a percent, a percent in parentheses is its margin of error with the sign lost ("3.0 percent (0.7%) above April 2015"). */
const BARE_MARGIN_AHEAD = /^\s*\(\s*[\d.]+\s*(?:%|percent)\s*\)\*?/;

/** Between two shares of one verb: the first's whole, then "and". */
const COORDINATED_SHARE = /^\s+of\s[^;:,()$\d]{1,80}?(?:\s(?:in|during|for)\s[^;:,()$]{1,30}?)?\s+and\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** A figure restated by the next: "2.8 percent, or $509.9 billion", "$3.3 billion (0.2 percent". */
const RESTATED = /^\s*(?:,\s*or|\()\s*$/;

/** A subject as one line: "E-⏎commerce sales" is "E-commerce sales", a line break inside it a space. */
function onOneLine(subject: string): string {
  return /\s\s|\n/.test(subject) ? subject.replace(/(?<=\w-)\s*\n\s*/g, '').replace(/\s+/g, ' ') : subject;
}

const LEADING_BASE = /^\W*(?:compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+)?$/i;

/** Between a change and the level it reaches: "up 11 percent to $779.2 billion". */
const REACHED = /^\s*,?\s*to\s+(?:a\s+(?:record\s+)?)?$/i;

/** "increasing 2.2 percent in the fourth quarter after increasing 5.0 percent": the change before, of the period before. */
const AFTER_CHANGING = /\bafter\s+(?:increas|ris|grow|gain|decreas|declin|fall|dropp|climb|expand|contract|advanc)ing\s+(?:by\s+)?(?:about\s+|nearly\s+)?$/i;

/** Nothing but a preposition between a figure and a time. */
const ADJACENT = /^\s*,?\s*(?:(?:in|during|for)\s+)?(?:the\s+)?$/i;

/** Where the clause a figure is in ends, for the times after it: a contrast, a clause of its own time (", and through June of this year …"), what it is compared with ("$28,518, slightly less than 4.9-percent growth in 1998"), what came before ("fell 46 percent in 2008Q1 after growing 141 percent in 2007Q4"), or the charges a penalty settles (their time is the conduct's). */
const SETTLED_CHARGES = /\bto\s+settle\b|\bcharges?\s+that\b/;
const CLAUSE_BREAK = new RegExp(`;|,\\s*(?:while|whereas|but|though|although)\\b|,\\s*and\\s+(?=(?:through|in|during|for|so\\s+far|year[-\\s]to[-\\s]date)\\b)|\\bthan\\b|\\bcompared\\s+(?:with|to)\\b|\\bafter\\s+(?!adjusting\\b)[a-z]+ing\\b|${SETTLED_CHARGES.source}`);
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

/** "compared with an increase of $6.8 billion", "in contrast to a decrease of $3.3 billion": the change of another time, compared with. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:with|to)|in\s+contrast\s+to)\s+(?:an?\s+)?(?:increase|decrease|rise|gain|decline|drop|fall)\s+of\s+(?:less\s+than\s+|more\s+than\s+)?$/i;

/** "understated by 0.06 percentage points": a correction of a figure, not a change over time. */
const CORRECTION_BEFORE = /\b(?:over|under)stat\w*\s+(?:by\s+)?$/i;

export interface SentenceText {
  start: number;
  text: string;
}

/** A sentence's measures, and the time its figures are compared with ("compared with an increase of $6.8 billion in February"). */
export function measureSentence(s: SentenceText, figures: Figure[], mentions: PeriodMention[], paragraph: Paragraph, antecedent: (lead: Lead) => string | undefined): { measures: Measure[]; compared?: string } {
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
  let changeRangeBefore = false;
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
    const role = roleOf({ before, after: roleAfter, isPercent: f.kind === 'percent', previous, afterCount: figures[k - 1]?.kind === 'quantity', previousStartsChangeRange: changeRangeBefore });
    changeRangeBefore = role.changeRange === true;
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
    if (found.subject) m.subject = onOneLine(found.subject);

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
    // "exports are up 11 percent to $779.2 billion": the level a change reaches is of the change's time, before any the sentence opens with.
    const reached = own !== undefined && previous?.role === 'change' && previous.period && REACHED.test(before) && (own === lead || own === single);
    if (reached && previous.period) [own, m.period, source] = [undefined, previous.period, 'clause'];
    const earlier = m.role === 'change' && !afterMentions.includes(own as PeriodMention) && AFTER_CHANGING.test(before) && previousOwn?.period ? previousPeriod(previousOwn.period) : undefined;
    if (earlier) [own, m.period, source] = [undefined, earlier, 'clause'];
    if (own?.relative?.to === 'same') {
      const period = previousOwn?.period ?? paragraph.period;
      if (period) [m.period, source] = [period, 'same'];
    } else if (own) {
      if (own.period) m.period = own.period;
      source = 'own';
    }
    if (m.role === 'change') {
      // "Compared to July 2010, exports … were up $23.4 billion": a base the sentence opens with is every change's.
      const baseMention = afterMentions.find((x) => x.base) ?? mentions.find((x) => x.base && x.start > start) ?? inGap(from, start).filter((x) => x.base).pop() ?? (LEADING_BASE.test(s.text.slice(0, mentions[0]?.start ?? 0)) && mentions[0]?.base ? mentions[0] : undefined);
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
