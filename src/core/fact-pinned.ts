/**
 * What Release Lens found at a pinned passage, kept with the fact so an export reads on
 * its own: a figure with the sentence it stands in, what it measures and the insights
 * that use it; an insight with its sentence, its working (for a reader and as data), its
 * value, subject and period, and each input with its quote, value and link.
 */
import * as z from 'zod';
import { describe, TextPositionSelector, TextQuoteSelector } from './anchoring/selectors.js';
import { splitSentences } from './context/sentences.js';
import { linkToQuote } from './facts-citation.js';
import { kindOf } from './kinds.js';
import { AnnotationKind, InsightKind, Measure, type Annotation, type Insight } from './model.js';
import { formatAnnotationValue, formatInsightValue, readableFormula } from './readable-formula.js';
import { fold } from './fold.js';

const Value = z.union([z.string().max(2_000), z.number()]).nullable();
const Text = z.string().max(4_000);

/** One figure an insight was computed from, as the release states it. */
export const FactInput = z.object({
  kind: AnnotationKind,
  value: Value,
  unit: z.string().max(40).optional(),
  /** The value for reading: "$55 billion". */
  display: z.string().max(500),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  /** The release's sentence the figure stands in. */
  sentence: Text,
  /** A text-fragment link that scrolls to the figure. */
  link: z.string().max(16_000),
});
export type FactInput = z.infer<typeof FactInput>;

/** An insight that uses a pinned figure; the reader chooses which ones the fact carries. */
export const InsightUse = z.object({
  kind: InsightKind,
  sentence: Text,
  value: z.number().nullable(),
  unit: z.string().max(40),
  display: z.string().max(500),
  formula: z.string().max(2_000),
  readable: z.string().max(4_000),
  included: z.boolean(),
});
export type InsightUse = z.infer<typeof InsightUse>;

export const PinnedAnnotation = z.object({
  source: z.literal('annotation'),
  kind: AnnotationKind,
  /** The normalized value: a number (USD, percent, a count), an ISO date, an expansion, a name. */
  value: Value,
  unit: z.string().max(40).optional(),
  /** The value for reading: "$55 billion", "32%". */
  display: z.string().max(2_000),
  /** A line a reader understands: the role, the expansion's source. */
  detail: z.string().max(2_000).optional(),
  /** The release's sentence the annotation stands in (the quote keeps the exact text). */
  sentence: Text.optional(),
  measure: Measure.optional(),
  insights: z.array(InsightUse).max(50),
});
export type PinnedAnnotation = z.infer<typeof PinnedAnnotation>;

export const PinnedInsight = z.object({
  source: z.literal('insight'),
  kind: InsightKind,
  value: z.number().nullable(),
  unit: z.string().max(40).optional(),
  display: z.string().max(2_000),
  /** The insight in words, as Release Lens states it. */
  sentence: Text,
  /** The working as data, with the actual numbers: "55000000000 / (1 + 0.32)". */
  formula: z.string().max(2_000).optional(),
  /** The working for a reader: "$55 billion ÷ (1 + 32%) = $41.67 billion". */
  readable: z.string().max(4_000).optional(),
  subject: z.string().max(500).optional(),
  period: z.string().max(100).optional(),
  status: z.enum(['agrees', 'mismatch']).optional(),
  inputs: z.array(FactInput).max(50),
});
export type PinnedInsight = z.infer<typeof PinnedInsight>;

export const Pinned = z.discriminatedUnion('source', [PinnedAnnotation, PinnedInsight]);
export type Pinned = z.infer<typeof Pinned>;

/** The sentence of `text` that holds [start, end), whitespace folded (the whole stretch when it spans sentences). */
export function sentenceAround(text: string, start: number, end: number): string {
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.end > start) ?? { start, end };
  const last = [...sentences].reverse().find((s) => s.start < end) ?? first;
  return fold(text.slice(Math.min(first.start, start), Math.max(last.end, end))).slice(0, 4_000);
}

/** The value in normal form, without the line about it: an input keeps only its value. */
function valueOf(a: Annotation): { value: string | number | null; unit?: string } {
  const { value, unit } = kindOf(a).value(a);
  return unit === undefined ? { value } : { value, unit };
}

function measureOf(a: Annotation) {
  return a.kind === 'money' || a.kind === 'percent' || a.kind === 'quantity' ? a.measure : undefined;
}

/** The part of a pinned insight or figure that an insight contributes. */
export function insightUse(insight: Insight, inputs: readonly Annotation[], included = true): InsightUse {
  return {
    kind: insight.kind,
    sentence: insight.summary,
    value: insight.value,
    unit: insight.unit,
    display: formatInsightValue(insight, inputs),
    formula: insight.formula,
    readable: readableFormula(insight, inputs),
    included,
  };
}

/** Where the figure is in `text` and how to cite it; `url` is the release's address. */
export function factInput(a: Annotation, text: string, url: string): FactInput {
  const { quote, position } = describe(text, a.start, a.end);
  return {
    kind: a.kind,
    ...valueOf(a),
    display: formatAnnotationValue(a),
    quote,
    position,
    sentence: sentenceAround(text, a.start, a.end),
    link: linkToQuote(url, quote),
  };
}

export interface UsedBy {
  insight: Insight;
  /** The insight's inputs, for wording its working. */
  inputs: readonly Annotation[];
  included: boolean;
}

export function pinnedOfAnnotation(a: Annotation, text: string, usedBy: readonly UsedBy[] = []): PinnedAnnotation {
  const { detail } = kindOf(a).value(a);
  const measure = measureOf(a);
  return {
    source: 'annotation',
    kind: a.kind,
    ...valueOf(a),
    display: formatAnnotationValue(a),
    ...(detail ? { detail } : {}),
    sentence: sentenceAround(text, a.start, a.end),
    ...(measure ? { measure } : {}),
    insights: usedBy.slice(0, 50).map((u) => insightUse(u.insight, u.inputs, u.included)),
  };
}

/** `inputs` are the insight's inputs, at their places in `text`. */
export function pinnedOfInsight(insight: Insight, inputs: readonly Annotation[], text: string, url: string): PinnedInsight {
  return {
    source: 'insight',
    kind: insight.kind,
    value: insight.value,
    ...(insight.unit ? { unit: insight.unit } : {}),
    display: formatInsightValue(insight, inputs),
    sentence: insight.summary,
    formula: insight.formula,
    readable: readableFormula(insight, inputs),
    ...(insight.subject ? { subject: insight.subject } : {}),
    ...(insight.period ? { period: insight.period } : {}),
    ...(insight.status ? { status: insight.status } : {}),
    inputs: inputs.slice(0, 50).map((a) => factInput(a, text, url)),
  };
}
