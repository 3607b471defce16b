/**
 * The data every stage hands to the next: annotations (what extraction found in the
 * release's text), insights (what context computed from them) and the release itself.
 * Schemas, not just types, because these cross into the panel and the CLI's output and
 * are validated there.
 */
import * as z from 'zod';

export const ANNOTATION_KINDS = [
  'acronym',
  'person',
  'organization',
  'place',
  'document',
  'money',
  'percent',
  'quantity',
  'date',
  'year',
  'phone',
  'email',
] as const;
export const AnnotationKind = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof AnnotationKind>;
export const KindCounts = z.record(AnnotationKind, z.number().int().nonnegative());
export type KindCounts = z.infer<typeof KindCounts>;

/** Where an acronym's expansion came from; a page's own definition wins over the rest. */
export const ExpansionSource = z.enum(['page', 'learned', 'user', 'glossary']);
export type ExpansionSource = z.infer<typeof ExpansionSource>;

/** What a figure measures, as far as its sentence says. */
export const Measure = z.object({
  subject: z.string().max(500).optional(),
  period: z.string().max(100).optional(),
  direction: z.enum(['up', 'down']).optional(),
  /** level: a value at a time; change: a rise or fall ("up 32%", "increased $1.6 billion");
   * base: the earlier value a change starts from ("from $192.5 billion"); share: a part of a whole ("30% of"). */
  role: z.enum(['level', 'change', 'base', 'share']).optional(),
  /** The earlier period a change is measured from ("from 2005"). */
  basePeriod: z.string().max(100).optional(),
  /** A percent change stated at an annual rate ("increased at an annual rate of 2.8 percent in the second quarter"). */
  annualRate: z.boolean().optional(),
});
export type Measure = z.infer<typeof Measure>;

const span = {
  id: z.string().max(64),
  text: z.string().max(10_000),
  /** Offsets into the release's text as the text map flattens it. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

export const Annotation = z.discriminatedUnion('kind', [
  z.object({
    ...span,
    kind: z.literal('acronym'),
    expansion: z.string().max(1_000).optional(),
    source: ExpansionSource.optional(),
    /** Offset of the page's definition, when source is `page`. */
    definedAt: z.number().int().nonnegative().optional(),
    description: z.string().max(2_000).optional(),
    /** The body it belongs to (BIS → Department of Commerce), from the glossary. */
    parent: z.string().max(500).optional(),
    url: z.string().max(2_000).optional(),
  }),
  z.object({
    ...span,
    kind: z.literal('person'),
    role: z.string().max(500).optional(),
    /** The full name, also on a mention by surname alone. */
    name: z.string().max(500).optional(),
  }),
  z.object({ ...span, kind: z.enum(['organization', 'place', 'document']), name: z.string().max(1_000).optional() }),
  z.object({
    ...span,
    kind: z.literal('money'),
    value: z.number(),
    currency: z.literal('USD'),
    measure: Measure.optional(),
  }),
  z.object({
    ...span,
    kind: z.literal('percent'),
    value: z.number(),
    /** Percentage points, not a percent change. */
    points: z.boolean().optional(),
    measure: Measure.optional(),
  }),
  z.object({ ...span, kind: z.literal('quantity'), value: z.number(), unit: z.string().max(200), measure: Measure.optional() }),
  z.object({ ...span, kind: z.literal('date'), iso: z.string().max(40), weekday: z.string().max(20).optional() }),
  z.object({ ...span, kind: z.literal('year'), value: z.number().int() }),
  z.object({ ...span, kind: z.enum(['phone', 'email']), value: z.string().max(500) }),
]);
export type Annotation = z.infer<typeof Annotation>;
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;

export const INSIGHT_KINDS = [
  'implied-base',
  'change',
  'share',
  'consistency',
  'inflation',
  'elapsed',
  'weekday',
  'growth',
] as const;
export const InsightKind = z.enum(INSIGHT_KINDS);
export type InsightKind = z.infer<typeof InsightKind>;

export const Insight = z.object({
  id: z.string().max(64),
  kind: InsightKind,
  /** One sentence a reader understands. */
  summary: z.string().max(2_000),
  value: z.number().nullable(),
  unit: z.string().max(40),
  /** The working, with the actual numbers. */
  formula: z.string().max(2_000),
  /** Ids of the annotations it came from. */
  inputs: z.array(z.string().max(64)).max(50),
  /** What the computed value is of, and when (the normalized period, as a figure's measure
   * has it; an implied base's is its base period), when its figures say. */
  subject: z.string().max(500).optional(),
  period: z.string().max(100).optional(),
  /** Consistency checks say whether the text agrees with itself. */
  status: z.enum(['agrees', 'mismatch']).optional(),
  caveats: z.array(z.string().max(1_000)).max(20).optional(),
});
export type Insight = z.infer<typeof Insight>;

export const ReleaseInfo = z.object({
  isRelease: z.boolean(),
  layout: z.string().max(100),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string().max(500)).max(50),
  title: z.string().max(2_000),
  subtitle: z.string().max(2_000).optional(),
  /** ISO date (YYYY-MM-DD). */
  published: z.string().max(40).optional(),
  agency: z.string().max(500).optional(),
  /** Each press contact on one line: office or name, phone, email. */
  contacts: z.array(z.string().max(500)).max(20).optional(),
  url: z.string().max(8_000),
});
export type ReleaseInfo = z.infer<typeof ReleaseInfo>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An annotation before it has its id: what each finder returns. */
export type AnnotationDraft = DistributiveOmit<Annotation, 'id'>;

/** How many annotations of each kind: zero for the kinds not found. */
export function countsByKind(annotations: readonly Annotation[]): KindCounts {
  const counts = Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, 0])) as KindCounts;
  for (const a of annotations) counts[a.kind]++;
  return counts;
}
