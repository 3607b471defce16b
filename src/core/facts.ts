/**
 * A fact: a passage of a release the reader kept — an annotation or insight they pinned
 * (`auto`) or text they selected (`selection`) — with their note and tags, the selectors
 * that find it again, and the release it cites. Stored, exported and imported in this
 * shape; everything read back is validated against it.
 */
import * as z from 'zod';
import { describe, TextPositionSelector, TextQuoteSelector, trimRange } from './anchoring/selectors.js';
import { AnnotationKind, InsightKind, type Annotation, type Insight, type ReleaseInfo } from './model.js';

/** What a fact cites: the release as it was when the fact was captured. */
export const Citation = z.object({
  title: z.string().max(2_000),
  agency: z.string().max(500).optional(),
  /** ISO date (YYYY-MM-DD) as the release prints it, when known. */
  published: z.string().max(40).optional(),
  url: z.string().min(1).max(8_000),
});
export type Citation = z.infer<typeof Citation>;

/** What Release Lens found at the passage, when the fact was pinned from an annotation or insight. */
export const Pinned = z.object({
  source: z.enum(['annotation', 'insight']),
  kind: z.union([AnnotationKind, InsightKind]),
  /** The normalized value: a number (USD, percent, a count), an ISO date, an expansion, a name. */
  value: z.union([z.string().max(2_000), z.number()]).nullable(),
  unit: z.string().max(40).optional(),
  /** A line a reader understands: the role, the expansion's source, the insight's summary. */
  detail: z.string().max(2_000).optional(),
  /** The working, for insights. */
  formula: z.string().max(2_000).optional(),
});
export type Pinned = z.infer<typeof Pinned>;

export const FactKind = z.enum(['auto', 'selection']);
export type FactKind = z.infer<typeof FactKind>;

export const Tag = z.string().trim().min(1).max(100);

export const Fact = z.object({
  id: z.string().min(1).max(64),
  /** `releaseKey(url)`: one key for every address of the release. */
  releaseKey: z.string().min(1).max(8_000),
  kind: FactKind,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  note: z.string().max(20_000),
  tags: z.array(Tag).max(50),
  pinned: Pinned.optional(),
  citation: Citation,
  /** When the reader kept it: the date the page was read. */
  captured: z.iso.datetime(),
  updated: z.iso.datetime(),
});
export type Fact = z.infer<typeof Fact>;

/** What every new fact needs besides its passage. */
export interface NewFact {
  id: string;
  now: Date;
  release: ReleaseInfo;
  releaseKey: string;
  /** The release's text as the text map flattens it. */
  text: string;
  note?: string;
  tags?: readonly string[];
}

export function citationOf(release: ReleaseInfo): Citation {
  return {
    title: release.title,
    url: release.url,
    ...(release.agency ? { agency: release.agency } : {}),
    ...(release.published ? { published: release.published } : {}),
  };
}

/** Tags as the reader typed them: trimmed, without empties or repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))].slice(0, 50);
}

function build(input: NewFact, kind: FactKind, start: number, end: number, pinned?: Pinned): Fact | null {
  const range = trimRange(input.text, start, end);
  if (!range) return null;
  const { quote, position } = describe(input.text, range.start, range.end);
  const now = input.now.toISOString();
  return Fact.parse({
    id: input.id,
    releaseKey: input.releaseKey,
    kind,
    quote: { ...quote, exact: quote.exact.slice(0, 10_000) },
    position,
    note: input.note ?? '',
    tags: cleanTags(input.tags ?? []),
    ...(pinned ? { pinned } : {}),
    citation: citationOf(input.release),
    captured: now,
    updated: now,
  });
}

/** A passage the reader selected; null when the selection holds no text. */
export function selectionFact(input: NewFact, start: number, end: number): Fact | null {
  return build(input, 'selection', start, end);
}

export function pinnedOfAnnotation(a: Annotation): Pinned {
  const base = { source: 'annotation', kind: a.kind } as const;
  switch (a.kind) {
    case 'acronym':
      return { ...base, value: a.expansion ?? null, ...(a.source ? { detail: `expansion source: ${a.source}` } : {}) };
    case 'person':
      return { ...base, value: a.text, ...(a.role ? { detail: a.role } : {}) };
    case 'organization':
    case 'place':
    case 'document':
      return { ...base, value: a.name ?? a.text };
    case 'money':
      return { ...base, value: a.value, unit: a.currency };
    case 'percent':
      return { ...base, value: a.value, unit: a.points ? 'percentage points' : '%' };
    case 'quantity':
      return { ...base, value: a.value, unit: a.unit.slice(0, 40) };
    case 'date':
      return { ...base, value: a.iso, ...(a.weekday ? { detail: a.weekday } : {}) };
    case 'year':
      return { ...base, value: a.value };
    case 'phone':
    case 'email':
      return { ...base, value: a.value };
  }
}

export function annotationFact(input: NewFact, a: Annotation): Fact | null {
  return build(input, 'auto', a.start, a.end, pinnedOfAnnotation(a));
}

/** An insight cites the stretch of text from its first input to its last. */
export function insightFact(input: NewFact, insight: Insight, annotations: readonly Annotation[]): Fact | null {
  const inputs = annotations.filter((a) => insight.inputs.includes(a.id));
  if (inputs.length === 0) return null;
  const start = Math.min(...inputs.map((a) => a.start));
  const end = Math.max(...inputs.map((a) => a.end));
  const pinned: Pinned = {
    source: 'insight',
    kind: insight.kind,
    value: insight.value,
    detail: insight.summary,
    formula: insight.formula,
    ...(insight.unit ? { unit: insight.unit } : {}),
  };
  return build(input, 'auto', start, end, pinned);
}
