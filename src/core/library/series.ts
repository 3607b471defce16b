/**
 * Series: the figures that measure the same thing across releases. A figure joins the
 * series of its normalized subject, its role and its unit ("U.S. exports of goods and
 * services" as a level in dollars), and sits on the time axis at its period — or, when
 * the text gives none, at the release's date, which the table says.
 */
import * as z from 'zod';
import { isFigure } from '../extract/measure.js';
import type { Annotation } from '../model.js';
import { datePosition, periodLabel, periodPosition } from './period.js';

/** A figure as the library keeps it, with what it needs to be drawn and cited. */
export const LibraryFigure = z.object({
  /** `<release key>#<annotation id>`. */
  id: z.string().min(1).max(9_000),
  releaseKey: z.string().min(1).max(8_000),
  seriesKey: z.string().min(1).max(1_200),
  subject: z.string().max(500),
  role: z.enum(['level', 'change', 'base', 'share']),
  unit: z.string().max(200),
  value: z.number(),
  period: z.string().max(100).optional(),
  text: z.string().max(10_000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type LibraryFigure = z.infer<typeof LibraryFigure>;

/** "U.S. Exports of goods and services" and "the U.S. exports of goods & services" are one subject. */
export function subjectKey(subject: string): string {
  return subject
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’‘'"(),.:;]/g, '')
    .replace(/^(?:the|total)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function unitOf(a: Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>): string {
  if (a.kind === 'money') return a.currency;
  if (a.kind === 'percent') return a.points ? 'percentage points' : '%';
  return a.unit;
}

export function seriesKeyOf(subject: string, role: string, unit: string): string {
  return `${subjectKey(subject)}|${role}|${unit}`;
}

/** The release's figures that can join a series: those whose subject the text names. */
export function figuresOf(releaseKey: string, annotations: readonly Annotation[], limit = 5_000): LibraryFigure[] {
  const out: LibraryFigure[] = [];
  for (const a of annotations) {
    if (out.length >= limit) break;
    if (!isFigure(a) || !a.measure?.subject || !subjectKey(a.measure.subject)) continue;
    const role = a.measure.role ?? 'level';
    const unit = unitOf(a);
    out.push({
      id: `${releaseKey}#${a.id}`,
      releaseKey,
      seriesKey: seriesKeyOf(a.measure.subject, role, unit),
      subject: a.measure.subject,
      role,
      unit,
      value: a.value,
      ...(a.measure.period ? { period: a.measure.period } : {}),
      text: a.text,
      start: a.start,
      end: a.end,
    });
  }
  return out;
}

/** What a point needs from its release. */
export interface PointRelease {
  key: string;
  title: string;
  url: string;
  published?: string;
}

export interface SeriesPoint {
  /** Fractional years. */
  x: number;
  value: number;
  /** The period as a reader says it, or the release's date. */
  when: string;
  /** False when the text gave no period and the point sits at the release's date. */
  dated: boolean;
  figure: LibraryFigure;
  release: PointRelease;
}

export interface Series {
  key: string;
  subject: string;
  role: LibraryFigure['role'];
  unit: string;
  points: SeriesPoint[];
}

/**
 * One series from its figures, in time order; figures that have neither a period nor a
 * release date cannot be placed and are left out.
 */
export function buildSeries(key: string, figures: readonly LibraryFigure[], releases: ReadonlyMap<string, PointRelease>): Series | undefined {
  const points: SeriesPoint[] = [];
  for (const figure of figures) {
    const release = releases.get(figure.releaseKey);
    if (!release || figure.seriesKey !== key) continue;
    const byPeriod = figure.period ? periodPosition(figure.period) : undefined;
    const x = byPeriod ?? (release.published ? datePosition(release.published) : undefined);
    if (x === undefined) continue;
    const when = byPeriod !== undefined && figure.period ? periodLabel(figure.period) : (release.published ?? '');
    points.push({ x, value: figure.value, when, dated: byPeriod !== undefined, figure, release });
  }
  const first = points[0]?.figure ?? figures[0];
  if (!first) return undefined;
  points.sort((a, b) => a.x - b.x || (a.release.published ?? '').localeCompare(b.release.published ?? ''));
  return { key, subject: first.subject, role: first.role, unit: first.unit, points };
}
