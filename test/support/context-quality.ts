/**
 * Scores context against hand labels: each label (kind, unit, value, status) is found
 * when an insight of that kind and unit has that value (to 0.1%, or 0.005 points for
 * rates) and status. An insight no label accounts for is a false positive, and a wrong
 * value when the sentence has an unfound label of its kind and unit: a number we gave
 * that the text contradicts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Insight, InsightKind } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';

export interface Label {
  kind: InsightKind;
  unit: string;
  value: number;
  status?: 'agrees' | 'mismatch';
}

export interface LabeledCase {
  text: string;
  labels: Label[];
  note?: string;
}

export const SCORED_KINDS: InsightKind[] = ['implied-base', 'change', 'consistency'];

export const CONTEXT_LABELED: LabeledCase[] = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/context/labeled.json'), 'utf8')) as { cases: LabeledCase[] }
).cases;

function matches(i: Insight, l: Label): boolean {
  if (i.kind !== l.kind || i.unit !== l.unit || (l.status && i.status !== l.status) || i.value === null) return false;
  const tolerance = l.unit === '%' ? 0.005 : Math.abs(l.value) * 1e-3;
  return Math.abs(i.value - l.value) <= tolerance;
}

export interface KindScore {
  kind: string;
  labels: number;
  found: number;
  predicted: number;
  correct: number;
  wrong: number;
}

export interface QualityReport {
  rows: KindScore[];
  missed: Array<{ text: string; label: Label }>;
  extra: Array<{ text: string; insight: Insight; wrong: boolean }>;
}

export function scoreContext(cases: LabeledCase[] = CONTEXT_LABELED): QualityReport {
  const rows = new Map<string, KindScore>(SCORED_KINDS.map((kind) => [kind, { kind, labels: 0, found: 0, predicted: 0, correct: 0, wrong: 0 }]));
  const report: QualityReport = { rows: [], missed: [], extra: [] };
  for (const c of cases) {
    const predicted = analyze(c.text, { now: new Date('2026-11-29T00:00:00Z') }).insights.filter((i) => SCORED_KINDS.includes(i.kind));
    const used = new Set<Insight>();
    const unfound: Label[] = [];
    for (const label of c.labels) {
      const row = rows.get(label.kind) as KindScore;
      row.labels++;
      const hit = predicted.find((i) => !used.has(i) && matches(i, label));
      if (hit) {
        used.add(hit);
        row.found++;
      } else {
        unfound.push(label);
        report.missed.push({ text: c.text, label });
      }
    }
    for (const insight of predicted) {
      const row = rows.get(insight.kind) as KindScore;
      row.predicted++;
      if (used.has(insight)) row.correct++;
      else {
        const wrong = unfound.some((l) => l.kind === insight.kind && l.unit === insight.unit);
        if (wrong) row.wrong++;
        report.extra.push({ text: c.text, insight, wrong });
      }
    }
  }
  report.rows = [...rows.values()];
  const all = report.rows.reduce(
    (t, r) => ({ ...t, labels: t.labels + r.labels, found: t.found + r.found, predicted: t.predicted + r.predicted, correct: t.correct + r.correct, wrong: t.wrong + r.wrong }),
    { kind: 'all', labels: 0, found: 0, predicted: 0, correct: 0, wrong: 0 },
  );
  report.rows.push(all);
  return report;
}

export const recall = (r: KindScore): number => (r.labels === 0 ? 1 : r.found / r.labels);
export const precision = (r: KindScore): number => (r.predicted === 0 ? 1 : r.correct / r.predicted);
