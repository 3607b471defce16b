/**
 * The labeled set of real releases (test/fixtures/real/, rules in LABELING.md there):
 * loading, the fixed split into a tuning and a held-out half, and the labels' own types.
 * Scoring lives in real-score.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REAL = join(import.meta.dirname, '../fixtures/real');

export interface FigureLabel {
  text: string;
  value: number | string;
  subject?: string | null;
  accept?: string[];
  period?: string | null;
  role?: 'level' | 'change' | 'base' | 'share';
  basePeriod?: string | null;
  moe?: boolean;
  unscored?: boolean;
}

export interface Labels {
  id: string;
  acronyms: Record<string, string | string[]>;
  money: FigureLabel[];
  percent: FigureLabel[];
  dates: string[];
  people: Array<{ name: string; role: string | string[] | null }>;
  impliedBases: Array<{ inputs: string[]; value: number; low: number; high: number; period: string | null }>;
  consistency: Array<{ inputs: string[]; status: 'agrees' | 'mismatch' }>;
  ignore?: Partial<Record<'acronyms' | 'dates' | 'money' | 'percent', string[]>>;
}

export interface RealRelease {
  id: string;
  url: string;
  title: string;
  agency: string;
  published: string | null;
  text: string;
  labels: Labels;
}

/** 32-bit FNV-1a of the id's UTF-8 bytes: odd is held out (LABELING.md). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export type Half = 'tuning' | 'held-out';
export const halfOf = (id: string): Half => (fnv1a(id) % 2 === 1 ? 'held-out' : 'tuning');

/**
 * Held-out releases whose text was read beside Release Lens's output while tuning: still
 * held out by the rule, and also left out of the held-out score that was never read.
 */
export const READ_WHILE_TUNING: ReadonlySet<string> = new Set(
  Object.keys((JSON.parse(readFileSync(join(REAL, 'read-while-tuning.json'), 'utf8')) as { ids: Record<string, string> }).ids),
);

export function loadRealSet(): RealRelease[] {
  return readdirSync(REAL)
    .filter((f) => f.endsWith('.release.json'))
    .sort()
    .map((f) => {
      const release = JSON.parse(readFileSync(join(REAL, f), 'utf8')) as Omit<RealRelease, 'labels'>;
      const labels = JSON.parse(readFileSync(join(REAL, `${release.id}.labels.json`), 'utf8')) as Labels;
      return { ...release, labels };
    });
}

export interface Span {
  start: number;
  end: number;
}

/** `text` in `haystack` from `from` on, spaces matching any run of white space. */
export function locate(haystack: string, text: string, from = 0): Span | undefined {
  const words = text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A figure is never the tail or head of a longer number: "68" is not in "1968"; a
  // figure led by "$" may follow a full stop ("Sub-basin.$285,646").
  const head = /^\d/.test(text.trim()) ? '(?<![\\d.,])' : '';
  const pattern = new RegExp(`${head}${words.join('\\s+')}(?![\\d])`, 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(haystack);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

export interface LocatedFigure extends FigureLabel {
  kind: 'money' | 'percent';
  span: Span;
}

/** Each labeled figure where it is in the text: each list searched on from its previous figure. */
export function locateFigures(release: RealRelease): LocatedFigure[] {
  const out: LocatedFigure[] = [];
  for (const kind of ['money', 'percent'] as const) {
    let from = 0;
    for (const label of release.labels[kind]) {
      const span = locate(release.text, label.text, from);
      if (!span) throw new Error(`${release.id}: ${kind} "${label.text}" not found after offset ${from}`);
      out.push({ ...label, kind, span });
      from = span.end;
    }
  }
  return out;
}

/** An input of an implied base or a check: `"$0.5 billion#2"` is the second labeled figure with that text; a text that is no labeled figure (a count), its second occurrence. */
export function resolveInput(release: RealRelease, figures: LocatedFigure[], input: string): Span {
  const [text = input, nth = '1'] = input.split('#');
  const same = figures.filter((f) => f.text === text);
  if (same.length > 0) {
    const figure = same[Number(nth) - 1];
    if (!figure) throw new Error(`${release.id}: input "${input}" is not a labeled figure`);
    return figure.span;
  }
  let span: Span | undefined;
  for (let k = 0, from = 0; k < Number(nth); k++, from = span.end) {
    span = locate(release.text, text, from);
    if (!span) throw new Error(`${release.id}: input "${input}" not found`);
  }
  if (!span) throw new Error(`${release.id}: input "${input}" not found`);
  return span;
}
