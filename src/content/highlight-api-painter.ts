/**
 * Paints annotations with the CSS Custom Highlight API: one named highlight per
 * category (`::highlight(release-lens-money)` in content.css), ranges only, nothing
 * inserted into the page. Screen readers meet the page's own text, unchanged; the
 * keyboard stepping and the card tell them what is annotated.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import type { Painter } from './painter.js';
import { toStaticRange, type TextMap } from './text-map.js';

const PREFIX = 'release-lens-';
const CURRENT = `${PREFIX}current`;

export function highlightApiAvailable(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return typeof view?.Highlight === 'function' && typeof view.CSS?.highlights?.set === 'function';
}

export class HighlightApiPainter implements Painter {
  readonly mode = 'highlight-api';
  readonly splitsText = false;
  private readonly byKind = new Map<AnnotationKind, Highlight>();
  private readonly current: Highlight;
  private hidden = new Set<AnnotationKind>();
  private readonly registry: HighlightRegistry;
  private readonly HighlightClass: typeof Highlight;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView as Window & typeof globalThis;
    this.registry = view.CSS.highlights;
    this.HighlightClass = view.Highlight;
    this.current = new this.HighlightClass();
    this.current.priority = 1;
  }

  paint(map: TextMap, annotations: readonly Annotation[]): void {
    for (const a of annotations) {
      const range = toStaticRange(map, a.start, a.end, this.doc);
      if (!range) continue;
      let highlight = this.byKind.get(a.kind);
      if (!highlight) {
        highlight = new this.HighlightClass();
        this.byKind.set(a.kind, highlight);
        if (!this.hidden.has(a.kind)) this.registry.set(PREFIX + a.kind, highlight);
      }
      highlight.add(range);
    }
  }

  setHiddenKinds(kinds: readonly AnnotationKind[]): void {
    this.hidden = new Set(kinds);
    for (const [kind, highlight] of this.byKind) {
      if (this.hidden.has(kind)) this.registry.delete(PREFIX + kind);
      else this.registry.set(PREFIX + kind, highlight);
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
    for (const kind of this.byKind.keys()) this.registry.delete(PREFIX + kind);
    this.registry.delete(CURRENT);
    this.byKind.clear();
  }
}
