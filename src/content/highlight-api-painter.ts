/**
 * Paints annotations with the CSS Custom Highlight API: one named highlight per
 * category and emphasis (`::highlight(release-lens-money)`, `…-money-quiet`; the styles
 * come from category-styles.ts), ranges only, nothing
 * inserted into the page. Screen readers meet the page's own text, unchanged; the
 * keyboard stepping and the card tell them what is annotated.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import { firstIndex } from '../core/first-index.js';
import type { MentionEmphasis } from '../core/reading/emphasis.js';
import { highlightName } from '../core/reading/kind-style.js';
import type { Painter } from './painter.js';
import { toStaticRange, type TextMap } from '../page/text-map.js';

const CURRENT = 'release-lens-current';

export function highlightApiAvailable(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return typeof view?.Highlight === 'function' && typeof view.CSS?.highlights?.set === 'function';
}

interface Painted {
  start: number;
  end: number;
  kind: AnnotationKind;
  quiet: boolean;
  /**
   * Made when the annotation is first registered. A huge page keeps half a million
   * annotations; making a range for each (a browser object the garbage collector traces
   * through both heaps) cost pauses of over 100 ms on 10 MB of text.
   */
  range?: StaticRange | null;
}

export class HighlightApiPainter implements Painter {
  readonly mode = 'highlight-api';
  readonly splitsText = false;
  /** One highlight per category and emphasis, by its registered name. */
  private readonly byName = new Map<string, { kind: AnnotationKind; highlight: Highlight }>();
  private readonly current: Highlight;
  private hidden = new Set<AnnotationKind>();
  private readonly registry: HighlightRegistry;
  private readonly HighlightClass: typeof Highlight;
  /** Every range painted, in reading order; the registered highlights hold those in the window. */
  private painted: Painted[] = [];
  /**
   * The flat text [from, to) whose ranges are registered, or everything. Chrome recomputes
   * the markers of every registered range whenever a highlight changes, so tens of
   * thousands of them make each frame slow; a huge page registers only what is near the
   * viewport (ViewportWindow moves it as the reader scrolls).
   */
  private window: [number, number] | null = null;
  private map: TextMap = { text: '', segments: [] };

  constructor(private readonly doc: Document) {
    const view = doc.defaultView as Window & typeof globalThis;
    this.registry = view.CSS.highlights;
    this.HighlightClass = view.Highlight;
    this.current = new this.HighlightClass();
    this.current.priority = 1;
  }

  get size(): number {
    return this.painted.length;
  }

  paint(map: TextMap, annotations: readonly Annotation[], emphasis: MentionEmphasis): void {
    this.map = map;
    const batch: Painted[] = [];
    for (const a of annotations) {
      const p: Painted = { start: a.start, end: a.end, kind: a.kind, quiet: emphasis.quiet(a) };
      batch.push(p);
      if (this.inWindow(a.start)) this.register(p);
    }
    batch.sort((x, y) => x.start - y.start);
    const last = this.painted[this.painted.length - 1];
    const first = batch[0];
    if (last && first && first.start < last.start) this.painted = [...this.painted, ...batch].sort((x, y) => x.start - y.start);
    else for (const p of batch) this.painted.push(p);
  }

  setWindow(window: [number, number] | null): void {
    this.window = window;
    for (const { highlight } of this.byName.values()) highlight.clear();
    const [from, to] = window ?? [0, Infinity];
    for (let i = firstIndex(this.painted.length, (k) => (this.painted[k] as Painted).start >= from); i < this.painted.length; i++) {
      const p = this.painted[i] as Painted;
      if (p.start >= to) break;
      this.register(p);
    }
  }

  private register(p: Painted): void {
    if (p.range === undefined) p.range = toStaticRange(this.map, p.start, p.end, this.doc);
    if (p.range) this.highlightOf(p.kind, p.quiet).add(p.range);
  }

  private inWindow(start: number): boolean {
    return !this.window || (start >= this.window[0] && start < this.window[1]);
  }

  private highlightOf(kind: AnnotationKind, quiet: boolean): Highlight {
    const name = highlightName(kind, quiet);
    let entry = this.byName.get(name);
    if (!entry) {
      entry = { kind, highlight: new this.HighlightClass() };
      this.byName.set(name, entry);
      if (!this.hidden.has(kind)) this.registry.set(name, entry.highlight);
    }
    return entry.highlight;
  }

  setHiddenKinds(kinds: readonly AnnotationKind[]): void {
    this.hidden = new Set(kinds);
    for (const [name, { kind, highlight }] of this.byName) {
      if (this.hidden.has(kind)) this.registry.delete(name);
      else this.registry.set(name, highlight);
    }
  }

  setCurrent(range: Range | null): void {
    this.current.clear();
    if (range) {
      this.current.add(range);
      this.registry.set(CURRENT, this.current);
    } else this.registry.delete(CURRENT);
  }

  clear(): void {
    for (const name of this.byName.keys()) this.registry.delete(name);
    this.registry.delete(CURRENT);
    this.byName.clear();
    this.painted = [];
    this.window = null;
  }
}
