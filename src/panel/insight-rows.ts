/** "What the numbers say" as the panel lists it: the reader's rows of insights, narrowed by the filter. */
import type { Annotation, Insight } from '../core/model.js';
import { readerRows, type InsightRow } from '../core/reading/insight-order.js';
import { matches } from './items.js';

export type { InsightRow };

/** The rows the filter matches, in their words or in the figures they use. */
export function insightRows(insights: readonly Insight[], byId: ReadonlyMap<string, Annotation>, filter = ''): InsightRow[] {
  const words = (row: InsightRow): string[] =>
    [row.insight, ...row.also].flatMap((i) => [i.summary, ...i.inputs.map((id) => byId.get(id)?.text ?? '')]);
  return readerRows(insights).filter((row) => matches(filter, ...words(row)));
}
