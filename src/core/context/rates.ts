/**
 * What a clause's level, change, base and rate imply together: the earlier value a rate
 * implies (implied-base), the change that goes with it (change), the rate two values
 * give (change), whether stated values and rates agree (consistency) and compound annual
 * growth over spans of years (growth). A clause is the figures of one sentence that share
 * a subject; each rule fires only when the clause has exactly the figures it needs, so
 * nothing pairs figures the text does not pair.
 */
import { check, growth, rangeOf, spanYears } from './checks.js';
import { describePeriod, previousPeriod } from '../periods.js';
import { about, amount, directionSign, inPeriod, lead, roundValue, sigOf, type RateResult } from './draft.js';
import { isDuration, unitOf, type Fig, type KnownValue } from './figures.js';
import { formatPercent, plain, withArticle } from './format.js';
import { intervalOf, overlaps } from './precision.js';
import { asStated, basisOf, factorFormula, periodFactor } from './annual-rate.js';
import { restatedPairs, restates } from './restated.js';
import { levelsOfTheMoves } from './clause-levels.js';


interface Clause {
  subject: string | undefined;
  levels: Fig[];
  changes: Fig[];
  bases: Fig[];
  rates: Fig[];
}

export function rateInsights(sentence: Fig[], text: string): RateResult {
  const result: RateResult = { insights: [], values: [] };
  for (const clause of clausesOf(sentence, text)) {
    const { changes, bases, rates } = clause;
    const levels = levelsOfTheMoves(clause);
    // "increased $27.7 billion, or 0.2 percent, DPI increased $22.6 billion, or 0.2 percent":
    // each change restated by the rate written right after it is its own pair.
    if (levels.length === 0 && bases.length === 0 && changes.length > 1) {
      const pairs = restatedPairs(changes, rates, text);
      if (pairs) {
        for (const [change, rate] of pairs) changeAndRate(clause.subject, change, rate, undefined, result);
        continue;
      }
    }
    // "$519.9 billion, an increase of 0.4 percent from the previous month, and 3.4 percent
    // above June 2018": one level, each rate from its own base period.
    if (levels.length === 1 && rates.length > 1 && distinctBases(rates)) {
      if (eachRateFromItsBase(clause, levels[0] as Fig, result)) continue;
    }
    if (levels.length > 1 || changes.length > 1 || bases.length > 1 || rates.length > 1) continue;
    const [level] = levels;
    const [change] = changes;
    const [base] = bases;
    const [rate] = rates;
    if (rate && !base && !change && level) levelAndRate(clause.subject, level, rate, result);
    else if (rate && change && !base) changeAndRate(clause.subject, change, rate, level, result);
    else if (level && change && !base && !rate && directionSign(change) !== 0) levelAndChange(clause.subject, level, change, directionSign(change) as 1 | -1, result);
    else if (level && base) levelAndBase(clause.subject, level, base, rate, change, result);
    for (const f of [level, base]) if (f) result.values.push(...stated(clause.subject, f));
  }
  return result;
}

/**
 * One level, each rate from its own base period, and a stated base or change that belongs
 * to one of them by period ("$519.9 billion, up 0.4 percent from $517.8 billion in May, and
 * 3.4 percent above June 2018"): that rate is checked, the others imply their bases. A
 * base or change that fits no rate, or more than one, leaves the clause alone.
 */
function eachRateFromItsBase(clause: Clause, level: Fig, out: RateResult): boolean {
  const { rates, changes, bases } = clause;
  const baseOf = (rate: Fig) => bases.filter((b) => b.m.period !== undefined && b.m.period === rate.m.basePeriod);
  const changeOf = (rate: Fig) => changes.filter((c) => c.m.basePeriod !== undefined && c.m.basePeriod === rate.m.basePeriod);
  const paired = rates.map((rate) => ({ rate, base: baseOf(rate), change: changeOf(rate) }));
  if (paired.some((p) => p.base.length > 1 || p.change.length > 1)) return false;
  if (paired.reduce((n, p) => n + p.base.length, 0) !== bases.length || paired.reduce((n, p) => n + p.change.length, 0) !== changes.length) return false;
  for (const { rate, base: [base], change: [change] } of paired) {
    if (base) levelAndBase(clause.subject, level, base, rate, change, out);
    else if (change) changeAndRate(clause.subject, change, rate, level, out);
    else levelAndRate(clause.subject, level, rate, out);
    if (base) out.values.push(...stated(clause.subject, base));
  }
  out.values.push(...stated(clause.subject, level));
  return true;
}

function distinctBases(rates: Fig[]): boolean {
  const periods = rates.map((r) => r.m.basePeriod);
  return periods.every((p) => p !== undefined) && new Set(periods).size === periods.length;
}

const POINTS_BACK = /;\s*(?:this|that|which)\s+(?:is|was|represents|marks)\b/i;

function clausesOf(sentence: Fig[], text: string): Clause[] {
  const bySubject = new Map<string, Clause>();
  // "…, an increase of 4 percent …; conversely, Americans have spent $121.4 billion": a semicolon ends a clause,
  // unless what follows it points back ("at a rate of 851,000; this is 2.9 percent above …").
  let part = 0;
  for (const [i, f] of sentence.entries()) {
    const previous = sentence[i - 1];
    const gap = previous ? text.slice(previous.a.end, f.a.start) : '';
    if (gap.includes(';') && !POINTS_BACK.test(gap)) part++;
    if (f.bound || isDuration(f.a)) continue;
    // A rate restating the change before it ("$512 million more (4 percent)") is of that change's clause, whatever subject it was read with.
    const key = `${part}|${(previous && restates(previous, f, text) ? previous : f).m.subject ?? ''}`;
    const clause = bySubject.get(key) ?? { subject: f.m.subject, levels: [], changes: [], bases: [], rates: [] };
    bySubject.set(key, clause);
    if (f.a.kind === 'percent') {
      if (f.m.role === 'change' && !f.a.points) clause.rates.push(f);
    } else if (f.m.role === 'level') clause.levels.push(f);
    else if (f.m.role === 'change') clause.changes.push(f);
    else if (f.m.role === 'base') clause.bases.push(f);
  }
  // Amounts in different units are not one quantity's level and change.
  return [...bySubject.values()].filter((c) => new Set([...c.levels, ...c.changes, ...c.bases].map((f) => unitOf(f.a))).size <= 1);
}

/** "$55 billion in 2006, up 32% from 2005" → about $41.67 billion in 2005, a rise of $13.33 billion. */
function levelAndRate(subject: string | undefined, level: Fig, rate: Fig, out: RateResult): void {
  const sign = directionSign(rate);
  const basis = basisOf(rate);
  if (sign === 0 || !basis || 1 + (sign * rate.a.value) / 100 <= 0) return;
  const factor = periodFactor(sign * rate.a.value, basis);
  const base = level.a.value / factor;
  const unit = unitOf(level.a);
  const sig = sigOf(level, rate);
  const inputs = [level.a.id, rate.a.id];
  const op = sign > 0 ? '+' : '-';
  const formula = `${plain(level.a.value)} / ${factorFormula(op, plain(rate.a.value / 100), basis)}`;
  const word = sign > 0 ? 'rise' : 'fall';
  const basePeriod = rate.m.basePeriod ?? previousPeriod(rate.m.period);
  const when = basePeriod ? ` in ${describePeriod(basePeriod)}` : ' before it';
  out.insights.push({
    kind: 'implied-base',
    summary: `${lead(subject)}${level.a.text}${inPeriod(level.m.period)} after ${withArticle(rate.a.text)} ${word} implies about ${amount(base, level, sig)}${when}, a ${word} of about ${amount(Math.abs(level.a.value - base), level, sig)}.`,
    value: roundValue(base, unit),
    unit,
    formula,
    inputs,
    ...about(subject, basePeriod),
  });
  const delta = level.a.value - base;
  out.insights.push({
    kind: 'change',
    summary: `${lead(subject)}a ${word} of about ${amount(Math.abs(delta), level, sig)}${basePeriod && level.m.period ? ` from ${describePeriod(basePeriod)} to ${describePeriod(level.m.period)}` : ''}, to ${level.a.text}.`,
    value: roundValue(delta, unit),
    unit,
    formula: `${plain(level.a.value)} - ${formula}`,
    inputs,
    ...about(subject, level.m.period ?? rate.m.period),
  });
  if (subject && basePeriod) {
    out.values.push({ subject, period: basePeriod, unit, value: base, sigFigs: sig - 2, inputs, label: `about ${amount(base, level, sig)}`, formula });
  }
  const years = spanYears(basePeriod, level.m.period);
  if (years && years >= 2) {
    growth(subject, years, factor, factorFormula(op, plain(rate.a.value / 100), basis), basePeriod as string, level.m.period as string, inputs, out);
  }
}

/**
 * "increased $1.6 billion, or 0.9 percent": with the level it reached, the base is the
 * level less the change (exact to the text's digits) and the rate is checked against it;
 * without one, the base is change ÷ rate, whose range the rate's rounding widens.
 */
function changeAndRate(subject: string | undefined, change: Fig, rate: Fig, level: Fig | undefined, out: RateResult): void {
  const sign = directionSign(rate) || directionSign(change);
  if (sign === 0 || rate.a.value === 0) return;
  if (level) {
    levelAndChange(subject, level, change, sign, out, rate);
    return;
  }
  const basis = basisOf(rate);
  if (!basis) return;
  const unit = unitOf(change.a);
  // The period's own change as a fraction of the base: the rate, de-annualized if need be.
  const own = (percent: number) => periodFactor(percent, basis) - 1;
  const base = change.a.value / own(rate.a.value);
  const sig = sigOf(change, rate);
  const ch = intervalOf(change.a.value, change.p.halfUnit);
  const r = intervalOf(rate.a.value, rate.p.halfUnit);
  const spread = r.low > 0 ? ` (between ${amount(ch.low / own(r.high), change, 3)} and ${amount(ch.high / own(r.low), change, 3)} within the rounding of ${rate.a.text})` : '';
  const basePeriod = change.m.basePeriod ?? rate.m.basePeriod;
  out.insights.push({
    kind: 'implied-base',
    summary: `${lead(subject)}a ${sign > 0 ? 'rise' : 'fall'} of ${change.a.text} that is ${rate.a.text} implies a starting value of about ${amount(base, change, sig)}${basePeriod ? ` in ${describePeriod(basePeriod)}` : ' before it'}${spread}.`,
    value: roundValue(base, unit),
    unit,
    formula: basis.perYear === 1 ? `${plain(change.a.value)} / ${plain(rate.a.value / 100)}` : `${plain(change.a.value)} / (${factorFormula('+', plain(rate.a.value / 100), basis)} - 1)`,
    inputs: [change.a.id, rate.a.id],
    ...about(subject, basePeriod),
  });
}

/** "$187.8 billion, $1.6 billion more than February": the base is the level less the change. */
function levelAndChange(subject: string | undefined, level: Fig, change: Fig, sign: 1 | -1, out: RateResult, rate?: Fig): void {
  const unit = unitOf(level.a);
  const base = level.a.value - sign * change.a.value;
  if (base <= 0) return;
  const sig = sigOf(level, change);
  const word = sign > 0 ? 'rise' : 'fall';
  const inputs = [level.a.id, change.a.id];
  const formula = `${plain(level.a.value)} ${sign > 0 ? '-' : '+'} ${plain(change.a.value)}`;
  const basePeriod = change.m.basePeriod ?? rate?.m.basePeriod;
  out.insights.push({
    kind: 'implied-base',
    summary: `${lead(subject)}${level.a.text}${inPeriod(level.m.period)} after a ${word} of ${change.a.text} implies ${amount(base, level, sig)}${basePeriod ? ` in ${describePeriod(basePeriod)}` : ' before it'}.`,
    value: roundValue(base, unit),
    unit,
    formula,
    inputs,
    ...about(subject, basePeriod),
  });
  if (subject && basePeriod) {
    out.values.push({ subject, period: basePeriod, unit, value: base, sigFigs: sig - 2, inputs, label: amount(base, level, sig), formula });
  }
  // The level after the change, less the change, is the base the rate must fit.
  const lv = intervalOf(level.a.value, level.p.halfUnit);
  const ch = intervalOf(change.a.value, change.p.halfUnit);
  const computed = (sign * 100 * change.a.value) / base;
  const range = rangeOf([ch.low / (lv.high - sign * ch.low), ch.high / (lv.low - sign * ch.high)].map((v) => sign * 100 * v));
  const rateFormula = `100 × ${sign < 0 ? '-' : ''}${plain(change.a.value)} / (${formula})`;
  if (rate) {
    const basis = basisOf(rate);
    if (!basis) return;
    const stated = (x: number) => asStated(x, basis);
    const formulaAsStated = basis.perYear === 1 ? rateFormula : `100 × ((1 + ${rateFormula} / 100)^${basis.perYear} - 1)`;
    check(subject, level.m.period ?? rate.m.period, rate, stated(computed), { low: stated(range.low), high: stated(range.high) }, formulaAsStated, [level.a.id, change.a.id, rate.a.id], `a ${word} of ${change.a.text} to ${level.a.text}`, out);
    return;
  }
  out.insights.push({
    kind: 'change',
    summary: `${lead(subject)}a ${word} of ${change.a.text} to ${level.a.text} is about ${computed > 0 ? '+' : ''}${formatPercent(computed)}.`,
    value: roundValue(computed, '%'),
    unit: '%',
    formula: rateFormula,
    inputs,
    ...about(subject, level.m.period ?? change.m.period),
  });
}

/** "$190.4 billion from $192.5 billion": the rate two values give, checked against a stated one. */
export function levelAndBase(subject: string | undefined, level: Fig, base: Fig, rate: Fig | undefined, change: Fig | undefined, out: RateResult): void {
  if (base.a.value === 0) return;
  const unit = unitOf(level.a);
  const pct = (100 * (level.a.value - base.a.value)) / base.a.value;
  const lv = intervalOf(level.a.value, level.p.halfUnit);
  const bv = intervalOf(base.a.value, base.p.halfUnit);
  const formula = `100 × (${plain(level.a.value)} - ${plain(base.a.value)}) / ${plain(base.a.value)}`;
  const span = `${base.a.text}${inPeriod(base.m.period)} to ${level.a.text}${inPeriod(level.m.period)}`;
  const sig = sigOf(level, base);
  const basis = rate ? basisOf(rate) : undefined;
  if (rate && basis) {
    const range = rangeOf([(lv.low - bv.high) / bv.high, (lv.high - bv.low) / bv.low].map((v) => asStated(100 * v, basis)));
    check(subject, level.m.period ?? rate.m.period, rate, asStated(pct, basis), range, basis.perYear === 1 ? formula : `100 × ((1 + ${formula} / 100)^${basis.perYear} - 1)`, [level.a.id, base.a.id, rate.a.id], span, out);
  } else if (!rate) {
    const delta = level.a.value - base.a.value;
    out.insights.push({
      kind: 'change',
      summary: `${lead(subject)}from ${span} is a change of about ${delta < 0 ? '-' : '+'}${amount(Math.abs(delta), level, sig)}, about ${pct > 0 ? '+' : ''}${formatPercent(pct)}.`,
      value: roundValue(pct, '%'),
      unit: '%',
      formula,
      inputs: [level.a.id, base.a.id],
      ...about(subject, level.m.period),
    });
  }
  if (change) {
    const delta = level.a.value - base.a.value;
    const stated = (change.m.direction === 'down' ? -1 : 1) * change.a.value;
    const ch = intervalOf(stated, change.p.halfUnit);
    const agrees = overlaps(ch, { low: lv.low - bv.high, high: lv.high - bv.low });
    out.insights.push({
      kind: 'consistency',
      summary: agrees
        ? `${lead(subject)}the stated change of ${change.a.text} agrees with ${span}.`
        : `${lead(subject)}check: ${span} is a change of about ${amount(delta, level, sig)}, not the stated ${change.a.text}, even allowing for rounding.`,
      value: roundValue(delta, unit),
      unit,
      formula: `${plain(level.a.value)} - ${plain(base.a.value)}`,
      inputs: [level.a.id, base.a.id, change.a.id],
      status: agrees ? 'agrees' : 'mismatch',
      ...about(subject, level.m.period ?? change.m.period),
    });
  }
  const years = spanYears(base.m.period, level.m.period);
  if (years && years >= 2 && base.a.value > 0 && level.a.value > 0) {
    growth(subject, years, level.a.value / base.a.value, `(${plain(level.a.value)} / ${plain(base.a.value)})`, base.m.period as string, level.m.period as string, [level.a.id, base.a.id], out);
  }
}

function stated(subject: string | undefined, f: Fig): KnownValue[] {
  if (!subject || !f.m.period) return [];
  return [{ subject, period: f.m.period, unit: unitOf(f.a), value: f.a.value, sigFigs: f.p.sigFigs, inputs: [f.a.id], label: f.a.text, formula: plain(f.a.value) }];
}
