/**
 * Annotations of late content. Extraction reads the whole text again, so an acronym the
 * page defined earlier is recognised in the new text too, but only what lies in the new
 * part (from `base` on) is kept: nothing is marked twice. Ids get the batch's prefix so
 * they never collide with the first run's.
 */
import { computeContext } from '../core/context/index.js';
import { extract, type ExtractOptions } from '../core/extract/index.js';
import type { Analysis } from '../core/pipeline.js';

export function analyzeAdded(text: string, base: number, batch: number, now: Date, sources: ExtractOptions = {}): Analysis {
  const annotations = extract(text, sources)
    .filter((a) => a.start >= base)
    .map((a) => ({ ...a, id: `late${batch}-${a.id}` }));
  return { annotations, insights: computeContext(text, annotations, { now }).map((i) => ({ ...i, id: `late${batch}-${i.id}` })) };
}
