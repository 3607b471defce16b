/**
 * What the library keeps of a release it recorded, in three parts stored apart so each
 * view reads only what it needs: the entry (citation, counts, entities: what lists and
 * entity pages show), the text with its findings (search results' sentences, the
 * export), and the figures (series). All three are keyed by the release key, so reading
 * a release again replaces its record instead of adding a second one.
 */
import * as z from 'zod';
import { Annotation, countsByKind, Insight, KindCounts, ReleaseInfo } from '../model.js';
import { releaseKey } from '../release-key.js';
import { EntityRef, entitiesOf, entityId } from './entities.js';
import { RELEASE_KINDS, releaseKind } from './release-kind.js';
import { figuresOf, type LibraryFigure } from './series.js';

/** The most of a release's text the library keeps; a longer page is kept up to here. */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_ANNOTATIONS = 20_000;
export const MAX_INSIGHTS = 5_000;

export const LibraryEntry = z.object({
  key: z.string().min(1).max(8_000),
  url: z.string().min(1).max(8_000),
  title: z.string().max(2_000),
  agency: z.string().max(500).optional(),
  /** ISO date as the release prints it. */
  published: z.string().max(40).optional(),
  layout: z.string().max(100),
  kind: z.enum(RELEASE_KINDS),
  /** When the reader first and last opened it. */
  firstRead: z.iso.datetime(),
  lastRead: z.iso.datetime(),
  counts: KindCounts,
  entities: z.array(EntityRef).max(2_000),
  /** `kind:key` of each entity, for the entity pages' look-ups. */
  entityIds: z.array(z.string().max(600)).max(2_000),
  /** The series its figures belong to, each with its subject as this release writes it. */
  series: z.array(z.object({ key: z.string().max(1_200), subject: z.string().max(500) })).max(5_000),
  /** Kept only the first MAX_TEXT_CHARS of a longer page. */
  truncated: z.boolean().optional(),
  /** What the release takes in storage, about: its parts as JSON. */
  bytes: z.number().int().nonnegative(),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

export const LibraryText = z.object({
  key: z.string().min(1).max(8_000),
  /** The release's text as the text map flattens it: annotations' offsets point into it. */
  text: z.string().max(MAX_TEXT_CHARS),
  annotations: z.array(Annotation).max(MAX_ANNOTATIONS),
  insights: z.array(Insight).max(MAX_INSIGHTS),
});
export type LibraryText = z.infer<typeof LibraryText>;

/** What a page hands the library: the release and what Release Lens found in it. */
export const Recording = z.object({
  release: ReleaseInfo,
  text: z.string().max(MAX_TEXT_CHARS),
  annotations: z.array(Annotation).max(MAX_ANNOTATIONS),
  insights: z.array(Insight).max(MAX_INSIGHTS),
  truncated: z.boolean().optional(),
});
export type Recording = z.infer<typeof Recording>;

export interface StoredRelease {
  entry: LibraryEntry;
  text: LibraryText;
  figures: LibraryFigure[];
}

/**
 * Cuts what a page found down to what the library keeps: a page longer than it keeps
 * loses its tail, with the annotations and insights that point there.
 */
export function recordingOf(release: ReleaseInfo, text: string, annotations: readonly Annotation[], insights: readonly Insight[]): Recording {
  const truncated = text.length > MAX_TEXT_CHARS || annotations.length > MAX_ANNOTATIONS || insights.length > MAX_INSIGHTS;
  if (!truncated) return { release, text, annotations: [...annotations], insights: [...insights] };
  const kept = annotations.filter((a) => a.end <= MAX_TEXT_CHARS).slice(0, MAX_ANNOTATIONS);
  const ids = new Set(kept.map((a) => a.id));
  return {
    release,
    text: text.slice(0, MAX_TEXT_CHARS),
    annotations: kept,
    insights: insights.filter((i) => i.inputs.every((id) => ids.has(id))).slice(0, MAX_INSIGHTS),
    truncated: true,
  };
}

type Derived = Pick<LibraryEntry, 'counts' | 'entities' | 'entityIds' | 'series'>;

/** What the library derives from a release's findings: counts, entities and series. */
function derive(key: string, annotations: readonly Annotation[]): { derived: Derived; figures: LibraryFigure[] } {
  const entities = entitiesOf(annotations);
  const figures = figuresOf(key, annotations);
  return {
    derived: { counts: countsByKind(annotations), entities, entityIds: entities.map(entityId), series: [...new Map(figures.map((f) => [f.seriesKey, { key: f.seriesKey, subject: f.subject }])).values()] },
    figures,
  };
}

/** Entry, text and figures, with the entry's size filled in. */
export function assemble(entry: Omit<LibraryEntry, keyof Derived | 'bytes'>, text: LibraryText): StoredRelease {
  const { derived, figures } = derive(entry.key, text.annotations);
  const sized = { ...entry, ...derived, bytes: 0 };
  sized.bytes = JSON.stringify(sized).length + JSON.stringify(text).length + JSON.stringify(figures).length;
  return { entry: sized, text, figures };
}

/** The stored form of a recording; `previous` is the entry kept from an earlier reading, whose first-read date stays. */
export function storedRelease(recording: Recording, now: Date, previous?: Pick<LibraryEntry, 'firstRead'>): StoredRelease {
  const { release } = recording;
  const key = releaseKey(release.url);
  const at = now.toISOString();
  return assemble(
    {
      key,
      url: release.url,
      title: release.title,
      ...(release.agency ? { agency: release.agency } : {}),
      ...(release.published ? { published: release.published } : {}),
      layout: release.layout,
      kind: releaseKind(release.title, release.url),
      firstRead: previous?.firstRead ?? at,
      lastRead: at,
      ...(recording.truncated ? { truncated: true } : {}),
    },
    { key, text: recording.text, annotations: recording.annotations, insights: recording.insights },
  );
}

/** Newest first: by the release's date, then by when it was read. */
export function newestFirst(a: Pick<LibraryEntry, 'published' | 'lastRead'>, b: Pick<LibraryEntry, 'published' | 'lastRead'>): number {
  return (b.published ?? b.lastRead.slice(0, 10)).localeCompare(a.published ?? a.lastRead.slice(0, 10)) || b.lastRead.localeCompare(a.lastRead);
}
