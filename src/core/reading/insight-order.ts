/**
 * Insights as a reader takes them in, for every surface that lists them (the panel, a
 * figure's card): what describes one figure told once, and the most worth attention
 * first: a mismatch to check, then what the figures imply and how they relate, then
 * today's dollars, then time and weekdays.
 */
import type { Insight, InsightKind } from '../model.js';

const RANK: Readonly<Record<InsightKind, number>> = {
  'implied-base': 1,
  change: 2,
  growth: 2,
  share: 3,
  consistency: 3,
  inflation: 4,
  elapsed: 5,
  weekday: 6,
};

export function insightRank(insight: Insight): number {
  return insight.status === 'mismatch' ? 0 : RANK[insight.kind];
}

export interface InsightRow {
  insight: Insight;
  /**
   * Insights about the same figures told in the same item: the change from an implied
   * earlier value repeats the amount the implied value's summary already gives.
   */
  also: Insight[];
}

const inputsKey = (insight: Insight): string => [...insight.inputs].sort().join(' ');

/** One row per thing an insight tells, most worth reading first (text order within a rank). */
export function readerRows(insights: readonly Insight[]): InsightRow[] {
  const bases = new Map(insights.filter((i) => i.kind === 'implied-base').map((i) => [inputsKey(i), i]));
  const rows = new Map<Insight, InsightRow>();
  const rowOf = (insight: Insight): InsightRow => {
    let row = rows.get(insight);
    if (!row) rows.set(insight, (row = { insight, also: [] }));
    return row;
  };
  for (const insight of insights) {
    const base = insight.kind === 'change' ? bases.get(inputsKey(insight)) : undefined;
    if (base) rowOf(base).also.push(insight);
    else rowOf(insight);
  }
  return [...rows.values()]
    .map((row, order) => ({ row, order }))
    .sort((a, b) => insightRank(a.row.insight) - insightRank(b.row.insight) || a.order - b.order)
    .map(({ row }) => row);
}
