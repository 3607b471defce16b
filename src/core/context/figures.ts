/**
 * The figures context works with: each money, percent or quantity annotation with what
 * its sentence says it measures (see extract/measure.ts) and how precisely it is stated.
 */
import { isFigure } from '../extract/measure.js';
import type { Annotation, Measure } from '../model.js';
import { precisionOf, type Precision } from './precision.js';
import { splitSentences } from './sentences.js';

export type FigureAnnotation = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

export interface Fig {
  a: FigureAnnotation;
  m: Measure;
  p: Precision;
  /** Written as a bound ("more than $600 billion", "less than 0.1 percent"): no exact input to arithmetic. */
  bound?: true;
}

const BOUND_BEFORE = /\b(?:more|less|fewer)\s+than\s*$|\b(?:over|under|at\s+least|up\s+to|nearly|almost)\s*$/i;

/** A value at a period, stated or implied, that shares can be computed from. */
export interface KnownValue {
  subject: string;
  period: string;
  unit: string;
  value: number;
  sigFigs: number;
  /** The annotations the value rests on (one when stated, more when implied). */
  inputs: string[];
  /** How the summary names it: "$55 billion" or "about $41.67 billion". */
  label: string;
  formula: string;
}

/** A count of days, weeks, months or years ("up three of the last four months") is how long, not how much of a subject. */
export function isDuration(a: FigureAnnotation): boolean {
  return a.kind === 'quantity' && /^(?:days?|weeks?|months?|years?)$/.test(a.unit);
}

export function unitOf(a: FigureAnnotation): string {
  return a.kind === 'money' ? 'USD' : a.kind === 'percent' ? '%' : a.unit;
}

/** The figures of each sentence, in order; sentences without figures are left out. */
export function figuresBySentence(text: string, annotations: Annotation[]): Fig[][] {
  const out: Fig[][] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const figs: Fig[] = [];
    while (cursor < annotations.length && (annotations[cursor]?.start ?? Infinity) < sentence.end) {
      const a = annotations[cursor++] as Annotation;
      if (isFigure(a)) figs.push({ a, m: a.measure ?? {}, p: precisionOf(a), ...(BOUND_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start)) ? { bound: true as const } : {}) });
    }
    if (figs.length > 0) out.push(figs);
  }
  return out;
}
