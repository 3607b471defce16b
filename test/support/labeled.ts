/**
 * The labeled set (`test/fixtures/labeled/`): each release's text beside its hand-made
 * golden JSON, and the scoring that `npm run bench:quality` prints and the unit tier
 * holds to the targets. Scores are micro-averaged over releases, on the distinct
 * values of each kind in each release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../src/core/model.js';

export const LABELED = join(import.meta.dirname, '../fixtures/labeled');

export interface Golden {
  source: string;
  acronyms: Record<string, string>;
  money: number[];
  /** Percent values; percentage points as `"0.1pp"`. */
  percent: Array<number | string>;
  dates: string[];
  people: Array<{ name: string; role: string | null }>;
}

export interface LabeledRelease {
  name: string;
  text: string;
  golden: Golden;
}

export function loadLabeledSet(): LabeledRelease[] {
  return readdirSync(LABELED)
    .filter((f) => f.endsWith('.golden.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.golden\.json$/, '');
      return { name, text: readFileSync(join(LABELED, `${name}.txt`), 'utf8'), golden: JSON.parse(readFileSync(join(LABELED, f), 'utf8')) as Golden };
    });
}

export const SCORED_KINDS = ['acronym', 'money', 'percent', 'date', 'person'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export function normalize(s: string): string {
  return s.toLowerCase().replace(/[’']/g, "'").replace(/^the\s/, '').replace(/\s+/g, ' ').trim();
}

function predicted(kind: ScoredKind, annotations: readonly Annotation[]): Set<string> {
  const keys = new Set<string>();
  for (const a of annotations) {
    if (kind === 'acronym' && a.kind === 'acronym' && a.expansion) keys.add(`${a.text}=${normalize(a.expansion)}`);
    if (kind === 'money' && a.kind === 'money') keys.add(String(Math.round(a.value * 100) / 100));
    if (kind === 'percent' && a.kind === 'percent') keys.add(`${a.value}${a.points ? 'pp' : ''}`);
    if (kind === 'date' && a.kind === 'date') keys.add(a.iso);
    if (kind === 'person' && a.kind === 'person') keys.add(normalize(a.name ?? a.text));
  }
  return keys;
}

function expected(kind: ScoredKind, golden: Golden): Set<string> {
  switch (kind) {
    case 'acronym':
      return new Set(Object.entries(golden.acronyms).map(([short, long]) => `${short}=${normalize(long)}`));
    case 'money':
      return new Set(golden.money.map((v) => String(Math.round(v * 100) / 100)));
    case 'percent':
      return new Set(golden.percent.map(String));
    case 'date':
      return new Set(golden.dates);
    case 'person':
      return new Set(golden.people.map((p) => normalize(p.name)));
  }
}

export interface KindScore {
  kind: ScoredKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  misses: string[];
  extras: string[];
}

export function scoreSet(set: readonly LabeledRelease[], annotate: (text: string) => readonly Annotation[]): KindScore[] {
  const results = set.map((r) => ({ release: r, annotations: annotate(r.text) }));
  return SCORED_KINDS.map((kind) => {
    const score: KindScore = { kind, truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, misses: [], extras: [] };
    for (const { release, annotations } of results) {
      const got = predicted(kind, annotations);
      const want = expected(kind, release.golden);
      for (const key of got) {
        if (want.has(key)) score.truePositives++;
        else {
          score.falsePositives++;
          score.extras.push(`${release.name}: ${key}`);
        }
      }
      for (const key of want) {
        if (!got.has(key)) {
          score.falseNegatives++;
          score.misses.push(`${release.name}: ${key}`);
        }
      }
    }
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
    score.precision = tp + fp ? tp / (tp + fp) : 1;
    score.recall = tp + fn ? tp / (tp + fn) : 1;
    return score;
  });
}

/** Of the people found and labeled, how many carry the labeled role. */
export function roleAgreement(set: readonly LabeledRelease[], annotate: (text: string) => readonly Annotation[]): { agree: number; of: number; disagreements: string[] } {
  let agree = 0;
  let of = 0;
  const disagreements: string[] = [];
  for (const r of set) {
    const people = annotate(r.text).filter((a) => a.kind === 'person');
    for (const p of r.golden.people) {
      const found = people.find((a) => a.kind === 'person' && normalize(a.name ?? a.text) === normalize(p.name));
      if (!found || found.kind !== 'person') continue;
      of++;
      if (normalize(found.role ?? '') === normalize(p.role ?? '')) agree++;
      else disagreements.push(`${r.name}: ${p.name}: got "${found.role ?? ''}", labeled "${p.role ?? ''}"`);
    }
  }
  return { agree, of, disagreements };
}
