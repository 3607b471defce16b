/**
 * A fact: a passage of a release the reader kept — an annotation or insight they pinned
 * (`auto`) or text they selected (`selection`) — with their note and tags, the selectors
 * that find it again, and the release it cites. Stored, exported and imported in this
 * shape; everything read back is validated against it.
 */
import * as z from 'zod';
import { describe, TextPositionSelector, TextQuoteSelector, trimRange } from './anchoring/selectors.js';
import { Pinned, pinnedOfAnnotation, pinnedOfInsight, type UsedBy } from './fact-pinned.js';
import type { Annotation, Insight, ReleaseInfo } from './model.js';

/** What a fact cites: the release as it was when the fact was captured. */
export const Citation = z.object({
  title: z.string().max(2_000),
  agency: z.string().max(500).optional(),
  /** ISO date (YYYY-MM-DD) as the release prints it, when known. */
  published: z.string().max(40).optional(),
  url: z.string().min(1).max(8_000),
});
export type Citation = z.infer<typeof Citation>;

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

/** A pinned annotation, with the sentence it stands in and the insights that use it (each included or left out). */
export function annotationFact(input: NewFact, a: Annotation, usedBy: readonly UsedBy[] = []): Fact | null {
  return build(input, 'auto', a.start, a.end, pinnedOfAnnotation(a, input.text, usedBy));
}

/**
 * A pinned insight cites the stretch of text from its first input to its last; each input
 * keeps its own quote and link. `annotations` hold the insight's inputs at their places in
 * the text.
 */
export function insightFact(input: NewFact, insight: Insight, annotations: readonly Annotation[]): Fact | null {
  const inputs = insight.inputs.flatMap((id) => annotations.filter((a) => a.id === id));
  if (inputs.length === 0) return null;
  const start = Math.min(...inputs.map((a) => a.start));
  const end = Math.max(...inputs.map((a) => a.end));
  return build(input, 'auto', start, end, pinnedOfInsight(insight, inputs, input.text, input.release.url));
}

/** Whether two facts pin the same finding: pinning it again keeps the one fact. */
export function samePin(a: Fact, b: Fact): boolean {
  return (
    a.pinned !== undefined &&
    b.pinned !== undefined &&
    a.releaseKey === b.releaseKey &&
    a.pinned.source === b.pinned.source &&
    a.pinned.kind === b.pinned.kind &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end
  );
}
