/**
 * Scores an analysis of each real release against its labels (LABELING.md, "Scoring"):
 * values per kind (precision, recall), what each figure measures (subject, period, role,
 * basePeriod), implied bases and consistency checks. Every miss is kept with its reason,
 * so the bench can print the errors by type.
 */
import type { Annotation, Insight } from '../../src/core/model.js';
import { locateFigures, resolveInput, type LocatedFigure, type RealRelease, type Span } from './real-set.js';

export interface Analysis {
  annotations: readonly Annotation[];
  insights: readonly Insight[];
}

export type ValueKind = 'acronym' | 'money' | 'percent' | 'date' | 'person';
export const VALUE_KINDS: readonly ValueKind[] = ['acronym', 'money', 'percent', 'date', 'person'];

export interface Tally {
  right: number;
  of: number;
}

export interface HalfScore {
  values: Record<ValueKind, { tp: number; fp: number; fn: number }>;
  figures: { subject: Tally & { absent: number; wrong: number }; period: Tally; role: Tally; basePeriod: Tally; found: Tally };
  impliedBases: { found: Tally; wrongValue: number; wrongPeriod: number; extra: number };
  consistency: { found: Tally; statusRight: number };
  roles: Tally;
  /** Each error as `type: release: detail`. */
  errors: string[];
}

export function emptyScore(): HalfScore {
  const v = () => ({ tp: 0, fp: 0, fn: 0 });
  const t = () => ({ right: 0, of: 0 });
  return {
    values: { acronym: v(), money: v(), percent: v(), date: v(), person: v() },
    figures: { subject: { ...t(), absent: 0, wrong: 0 }, period: t(), role: t(), basePeriod: t(), found: t() },
    impliedBases: { found: t(), wrongValue: 0, wrongPeriod: 0, extra: 0 },
    consistency: { found: t(), statusRight: 0 },
    roles: t(),
    errors: [],
  };
}

/** Case, a leading "the", quotes, possessive marks and spacing aside. */
export function normalizePhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s/, '')
    .replace(/[\s,.;:]+$/, '');
}

const list = (x: string | string[] | null | undefined): string[] => (x == null ? [] : Array.isArray(x) ? x : [x]);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function ignored(patterns: string[] | undefined, key: string): boolean {
  return (patterns ?? []).some((p) => new RegExp(p).test(key));
}

/** An acronym as its singular: "MBEs" and "NIPA's" are "MBE" and "NIPA", labeled or read. */
const singular = (short: string): string => short.replace(/(?<=[A-Z])(?:'s|’s|s)$/, '');

/** Expected values as groups of accepted keys, and the keys the analysis gives. */
function valueKeys(kind: ValueKind, r: RealRelease, annotations: readonly Annotation[]): { want: string[][]; got: Set<string>; skip: (key: string) => boolean } {
  const l = r.labels;
  const got = new Set<string>();
  for (const a of annotations) {
    if (kind === 'acronym' && a.kind === 'acronym' && a.expansion) got.add(`${singular(a.text)}=${normalizePhrase(a.expansion)}`);
    if (kind === 'money' && a.kind === 'money') got.add(String(Math.round(a.value * 100) / 100));
    if (kind === 'percent' && a.kind === 'percent') got.add(`${a.value}${a.points ? 'pp' : ''}`);
    if (kind === 'date' && a.kind === 'date') got.add(a.iso);
    if (kind === 'person' && a.kind === 'person') got.add(normalizePhrase(a.name ?? a.text));
  }
  switch (kind) {
    case 'acronym': {
      const want = Object.entries(l.acronyms).map(([short, long]) => list(long).map((x) => `${singular(short)}=${normalizePhrase(x)}`));
      const shorts = new Set(Object.keys(l.acronyms).map(singular));
      // A labeled acronym read with another expansion is a wrong one; one not labeled is an extra unless ignored.
      return { want, got, skip: (key) => ignored((l.ignore?.acronyms ?? []).map((s) => `^${s.replace(/[.&]/g, '\\$&')}=`), key) && !shorts.has(key.split('=')[0] ?? '') };
    }
    case 'money':
    case 'percent': {
      // "1.0pp" and "1pp" are one value of percentage points.
      const values = [...new Set(l[kind].map((f) => (kind === 'money' ? String(Math.round(Number(f.value) * 100) / 100) : String(f.value).replace(/^(-?[\d.]+)pp$/, (_, n: string) => `${Number(n)}pp`))))];
      return { want: values.map((v) => [v]), got, skip: (key) => ignored(l.ignore?.[kind], key) };
    }
    case 'date':
      return { want: [...new Set(l.dates)].map((d) => [d]), got, skip: (key) => ignored(l.ignore?.dates, key) };
    case 'person':
      return { want: l.people.map((p) => [normalizePhrase(p.name)]), got, skip: () => false };
  }
}

function scoreValues(r: RealRelease, a: Analysis, s: HalfScore): void {
  for (const kind of VALUE_KINDS) {
    const { want, got, skip } = valueKeys(kind, r, a.annotations);
    const accepted = new Set(want.flat());
    for (const group of want) {
      if (group.some((k) => got.has(k))) s.values[kind].tp++;
      else {
        s.values[kind].fn++;
        s.errors.push(`${kind} missed: ${r.id}: ${group[0]}`);
      }
    }
    for (const key of got) {
      if (accepted.has(key) || skip(key)) continue;
      s.values[kind].fp++;
      s.errors.push(`${kind} extra: ${r.id}: ${key}`);
    }
  }
  for (const p of r.labels.people) {
    const found = a.annotations.find((x) => x.kind === 'person' && normalizePhrase(x.name ?? x.text) === normalizePhrase(p.name));
    if (!found || found.kind !== 'person') continue;
    s.roles.of++;
    const roles = list(p.role).map(normalizePhrase);
    const role = found.role ? normalizePhrase(found.role) : '';
    if ((roles.length === 0 && !role) || roles.includes(role)) s.roles.right++;
    else s.errors.push(`person role: ${r.id}: ${p.name}: "${found.role ?? ''}", labeled "${list(p.role).join('" or "')}"`);
  }
}

type Figure = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

function annotationAt(a: Analysis, f: LocatedFigure): Figure | undefined {
  return a.annotations.find((x): x is Figure => x.kind === f.kind && overlaps(x, f.span));
}

function tally(t: Tally, right: boolean): void {
  t.of++;
  if (right) t.right++;
}

function scoreFigures(r: RealRelease, a: Analysis, figures: LocatedFigure[], s: HalfScore): void {
  for (const f of figures) {
    if (f.moe || f.unscored) continue;
    const found = annotationAt(a, f);
    tally(s.figures.found, Boolean(found));
    const m = found?.measure ?? {};
    const at = `${r.id}: ${f.text} @${f.span.start}`;
    const accepted = [f.subject, ...(f.accept ?? [])].filter((x): x is string => Boolean(x)).map(normalizePhrase);
    const subject = m.subject ? normalizePhrase(m.subject) : undefined;
    const subjectRight = f.subject == null ? subject === undefined : subject !== undefined && accepted.includes(subject);
    tally(s.figures.subject, subjectRight);
    if (!subjectRight) {
      if (subject === undefined) s.figures.subject.absent++;
      else s.figures.subject.wrong++;
      s.errors.push(`subject ${subject === undefined ? 'absent' : 'wrong'}: ${at}: ${JSON.stringify(m.subject ?? null)}, labeled ${JSON.stringify(f.subject ?? null)}`);
    }
    const period = m.period ?? null;
    tally(s.figures.period, period === (f.period ?? null));
    if (period !== (f.period ?? null)) s.errors.push(`period: ${at}: ${JSON.stringify(period)}, labeled ${JSON.stringify(f.period ?? null)}`);
    tally(s.figures.role, m.role === f.role);
    if (m.role !== f.role) s.errors.push(`role: ${at}: ${m.role ?? 'none'}, labeled ${f.role}`);
    if (f.role === 'change') {
      const base = m.basePeriod ?? null;
      tally(s.figures.basePeriod, base === (f.basePeriod ?? null));
      if (base !== (f.basePeriod ?? null)) s.errors.push(`basePeriod: ${at}: ${JSON.stringify(base)}, labeled ${JSON.stringify(f.basePeriod ?? null)}`);
    }
  }
}

/** The spans of an insight's inputs. */
function inputSpans(a: Analysis, insight: Insight): Span[] {
  return insight.inputs.map((id) => a.annotations.find((x) => x.id === id)).filter((x): x is Annotation => Boolean(x));
}

/** Every input of the insight is a labeled input, and it covers at least `least` of them. */
function matches(spans: Span[], labeled: Span[], least: number): boolean {
  if (!spans.every((s) => labeled.some((l) => overlaps(s, l)))) return false;
  return labeled.filter((l) => spans.some((s) => overlaps(s, l))).length >= least;
}

function scoreInsights(r: RealRelease, a: Analysis, figures: LocatedFigure[], s: HalfScore): void {
  const bases = a.insights.filter((i) => i.kind === 'implied-base');
  const used = new Set<Insight>();
  for (const label of r.labels.impliedBases) {
    const labeled = label.inputs.map((x) => resolveInput(r, figures, x));
    const insight = bases.find((i) => matches(inputSpans(a, i), labeled, Math.min(2, labeled.length)));
    tally(s.impliedBases.found, Boolean(insight));
    const at = `${r.id}: ${label.inputs.join(' + ')}`;
    if (!insight) {
      s.errors.push(`implied base missed: ${at}`);
      continue;
    }
    used.add(insight);
    if (insight.value === null || insight.value < label.low || insight.value > label.high) {
      s.impliedBases.wrongValue++;
      s.errors.push(`implied base wrong value: ${at}: ${insight.value}, labeled ${label.value}`);
    }
    if ((insight.period ?? null) !== label.period) {
      s.impliedBases.wrongPeriod++;
      s.errors.push(`implied base wrong period: ${at}: ${JSON.stringify(insight.period ?? null)}, labeled ${JSON.stringify(label.period)}`);
    }
  }
  for (const i of bases) {
    if (used.has(i)) continue;
    s.impliedBases.extra++;
    s.errors.push(`implied base extra: ${r.id}: ${i.summary}`);
  }
  for (const label of r.labels.consistency) {
    const labeled = label.inputs.map((x) => resolveInput(r, figures, x));
    const insight = a.insights.find((i) => i.kind === 'consistency' && matches(inputSpans(a, i), labeled, labeled.length));
    tally(s.consistency.found, Boolean(insight));
    const at = `${r.id}: ${label.inputs.join(' + ')}`;
    if (!insight) s.errors.push(`consistency missed: ${at}`);
    else if (insight.status === label.status) s.consistency.statusRight++;
    else s.errors.push(`consistency wrong status: ${at}: ${insight.status ?? 'none'}, labeled ${label.status}`);
  }
}

export function scoreRelease(r: RealRelease, a: Analysis, s: HalfScore): void {
  const figures = locateFigures(r);
  scoreValues(r, a, s);
  scoreFigures(r, a, figures, s);
  scoreInsights(r, a, figures, s);
}

export const ratio = (t: Tally): string => (t.of === 0 ? '—' : (t.right / t.of).toFixed(3));
export const precision = (v: { tp: number; fp: number }): string => (v.tp + v.fp === 0 ? '—' : (v.tp / (v.tp + v.fp)).toFixed(3));
export const recall = (v: { tp: number; fn: number }): string => (v.tp + v.fn === 0 ? '—' : (v.tp / (v.tp + v.fn)).toFixed(3));
