/**
 * Figures and formulas as a reader reads them: "$41.67 billion", "32%", and an insight's
 * working with its inputs' values in place of raw numbers —
 * "$55 billion ÷ (1 + 32%) = $41.67 billion". Pure; the panel, the card, the facts and
 * every export word their numbers here.
 */
import { formatQuantity, formatUsd, grouped, plain } from './context/format.js';
import { leastSigFigs } from './context/precision.js';
import { INSIGHT_LABELS } from './insight-labels.js';
import type { Annotation, Insight } from './model.js';

type Figure = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

/** Enough significant figures to show a stated value as the text gives it (at most two decimals of its scale). */
const EXACT = 15;

function isFigure(a: Annotation): a is Figure {
  return a.kind === 'money' || a.kind === 'percent' || a.kind === 'quantity';
}

/** A number with a unit as a reader writes it; `sig` caps the significant figures of amounts. */
export function formatAmount(value: number, unit: string | undefined, sig = EXACT): string {
  if (unit === 'USD') return formatUsd(value, sig);
  const dollarsOf = /^USD (\d{4})$/.exec(unit ?? '');
  if (dollarsOf) return `${formatUsd(value, sig)} in ${dollarsOf[1]} dollars`;
  if (unit === '%') return `${grouped(value, 1)}%`;
  if (!unit) return grouped(value, 2);
  return `${grouped(value, 2)} ${unit}`;
}

/** A pinned value for reading, from its kind, value and unit alone (records saved before facts kept their display). */
export function formatValue(kind: string, value: string | number | null, unit?: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (kind === 'year') return String(value);
  if (kind === 'percent') return unit === 'percentage points' ? `${grouped(value, 4)} percentage points` : `${grouped(value, 4)}%`;
  if (kind === 'quantity' && unit) return formatQuantity(value, unit, EXACT);
  return formatAmount(value, unit);
}

/** An annotation's value for reading: "$17.7 billion", "32%", "1,200 jobs", "2007-12-11". */
export function formatAnnotationValue(a: Annotation): string {
  switch (a.kind) {
    case 'money':
      return formatUsd(a.value, EXACT);
    case 'percent':
      return formatValue('percent', a.value, a.points ? 'percentage points' : '%');
    case 'quantity':
      return formatQuantity(a.value, a.unit, EXACT);
    case 'date':
      return a.iso;
    case 'year':
      return String(a.value);
    case 'acronym':
      return a.expansion ?? a.text;
    case 'person':
      return a.name ?? a.text;
    case 'organization':
    case 'place':
    case 'document':
      return a.name ?? a.text;
    case 'phone':
    case 'email':
      return a.value;
  }
}

/**
 * How many significant figures an insight's value is shown with: as its summary shows
 * it — two more than its least precise input, and for a value in today's dollars (an
 * estimate from an index ratio) three, or one more than the amount's own.
 */
function significantFigures(insight: Insight, figures: readonly Figure[]): number {
  if (figures.length === 0) return 4;
  const least = leastSigFigs([...figures]);
  return insight.kind === 'inflation' ? Math.min(3, least + 1) : least + 2;
}

/** An insight's value for reading, as precise as its inputs allow: "$41.67 billion", "32.2%", "227 months". */
export function formatInsightValue(insight: Insight, inputs: readonly Annotation[]): string {
  if (insight.value === null) return '';
  return formatAmount(insight.value, insight.unit, significantFigures(insight, inputs.filter(isFigure)));
}

/** Names for the numbers of a formula that are not the release's own figures (the CPI-U index values). */
function namedTerms(insight: Insight, inputs: readonly Annotation[]): Map<string, string> {
  const names = new Map<string, string>();
  const latest = /^USD (\d{4})$/.exec(insight.unit)?.[1];
  const money = inputs.find((a): a is Extract<Annotation, { kind: 'money' }> => a.kind === 'money');
  const then = money?.measure?.period?.slice(0, 4);
  if (insight.kind !== 'inflation' || !latest || !then) return names;
  // `amount × index(latest) / index(then)`: the second and third numbers are the index values.
  const [, now, was] = insight.formula.match(/\d+(?:\.\d+)?/g) ?? [];
  if (now) names.set(now, `CPI-U ${latest} (${now})`);
  if (was) names.set(was, `CPI-U ${then} (${was})`);
  return names;
}

/** Each input's number as a formula writes it, and how a reader reads it. */
function inputTerms(inputs: readonly Annotation[]): Map<string, string> {
  const terms = new Map<string, string>();
  for (const a of inputs) {
    if (a.kind === 'percent' && !a.points) terms.set(plain(a.value / 100), formatAnnotationValue(a));
    else if (a.kind === 'money' || a.kind === 'quantity') terms.set(plain(a.value), formatAnnotationValue(a));
  }
  return terms;
}

/**
 * An insight's working for a reader: each of its inputs' numbers as the figure it is,
 * other known numbers named, operators as printed (÷ × −), and the result:
 * "$55 billion ÷ (1 + 32%) = $41.67 billion". A working that already states its result
 * ("weekday of 2007-12-11 = Tuesday") is kept as it is.
 */
export function readableFormula(insight: Insight, inputs: readonly Annotation[]): string {
  const terms = new Map([...namedTerms(insight, inputs), ...inputTerms(inputs)]);
  const working = insight.formula
    .replace(/\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?/g, (token) => terms.get(token) ?? token)
    .replace(/\s\/\s/g, ' ÷ ')
    .replace(/\s\*\s/g, ' × ')
    .replace(/(^|[\s(])-(?=[\s$\d(])/g, '$1−')
    .replace(/\s+/g, ' ')
    .trim();
  const result = formatInsightValue(insight, inputs);
  return result && !working.includes('=') ? `${working} = ${result}` : working;
}

/** An insight named in a few words, for a button or a confirmation: its value, else what kind it is. */
export function insightName(insight: Insight, inputs: readonly Annotation[]): string {
  return formatInsightValue(insight, inputs) || INSIGHT_LABELS[insight.kind];
}
