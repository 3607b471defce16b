/**
 * What the page was found to hold: its annotations in reading order (disjoint: parts come
 * in order, late content after them) and its insights, with the indexes that keep every
 * lookup cheap. A huge page has half a million annotations; hovering, stepping or showing
 * a card must not scan them all.
 */
import { countsByKind, type Annotation, type Insight, type KindCounts } from '../core/model.js';
import { firstIndex } from '../core/first-index.js';
import type { Analysis } from '../core/pipeline.js';
import { itemKey } from '../core/reading/mentions.js';

export class Findings {
  readonly annotations: Annotation[] = [];
  readonly insights: Insight[] = [];
  /**
   * How many things of each kind the page names: an acronym, a person or a figure once,
   * however often it is mentioned. The panel's lists, its toggles and the legend all
   * count so.
   */
  readonly counts: KindCounts = countsByKind([]);
  private readonly items = new Set<string>();
  private readonly indexById = new Map<string, number>();
  private readonly insightsByInput = new Map<string, Insight[]>();
  /** How many of the insights, from the first, use only annotations within `panelLimit`. */
  private insightsWithinLimit = 0;

  /** `panelLimit`: how many annotations, from the first, the panel is sent. */
  constructor(private readonly panelLimit: number) {}

  /** Takes in one part's findings, which follow every part added before. */
  add(part: Analysis): void {
    const fits = this.annotations.length + part.annotations.length <= this.panelLimit;
    for (const a of part.annotations) {
      this.indexById.set(a.id, this.annotations.length);
      this.annotations.push(a);
      const key = itemKey(a);
      if (!this.items.has(key)) {
        this.items.add(key);
        this.counts[a.kind]++;
      }
    }
    for (const i of part.insights) {
      this.insights.push(i);
      for (const input of new Set(i.inputs)) {
        const using = this.insightsByInput.get(input);
        if (using) using.push(i);
        else this.insightsByInput.set(input, [i]);
      }
    }
    if (fits) this.insightsWithinLimit = this.insights.length;
  }

  get count(): number {
    return this.annotations.length;
  }

  annotation(id: string): Annotation | undefined {
    return this.annotations[this.indexOf(id)];
  }

  /** Its position in reading order, or -1. */
  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  insightsUsing(id: string): Insight[] {
    return this.insightsByInput.get(id) ?? [];
  }

  /** The first position at which `test` holds, taking it to hold from some position on; the count when it never does. */
  firstWhere(test: (a: Annotation) => boolean): number {
    return firstIndex(this.annotations.length, (i) => test(this.annotations[i] as Annotation));
  }

  /** The annotation covering a flat offset, if any. */
  covering(at: number): Annotation | undefined {
    const a = this.annotations[this.firstWhere((x) => x.start > at) - 1];
    return a && at < a.end ? a : undefined;
  }

  /** The first annotation `shown` accepts from position `i` on in `direction` (i itself included), wrapping around once. */
  nextFrom(i: number, direction: 'next' | 'previous', shown: (a: Annotation) => boolean): Annotation | undefined {
    const n = this.annotations.length;
    const step = direction === 'next' ? 1 : -1;
    for (let k = 0; k < n; k++) {
      const a = this.annotations[(((i + step * k) % n) + n) % n];
      if (a && shown(a)) return a;
    }
    return undefined;
  }

  /** The insights that use only the annotations the panel is sent, up to `limit`. */
  insightsForPanel(limit: number): Insight[] {
    return this.insights.slice(0, Math.min(this.insightsWithinLimit, limit));
  }
}
