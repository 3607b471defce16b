/**
 * What the page's highlights are painted on and with: the text map of each region of
 * the release (the body first, then each batch of late content), the painter (the
 * Highlight API, or wrapping as the fallback), the window that keeps a huge page's
 * registered highlights near the viewport, and which mentions are quiet.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import { MentionEmphasis, headlineSpan } from '../core/reading/emphasis.js';
import { appendTextMap, buildTextMap, buildTextMapOfNodes, isMapped, toOffset, toRange, type TextMap } from '../page/text-map.js';
import { Highlighter } from './highlighter.js';
import { HighlightApiPainter, highlightApiAvailable } from './highlight-api-painter.js';
import type { Painter } from './painter.js';
import { ViewportWindow } from './viewport-window.js';

export type PainterChoice = 'auto' | 'wrap';

export class PainterHost {
  readonly painter: Painter;
  private readonly viewport: ViewportWindow | null = null;
  private textMap: TextMap = { text: '', segments: [] };
  private readonly regions: Array<{ root: Node; nodes?: readonly Node[] }> = [];
  private excluded: readonly Element[] = [];
  private title = '';
  /** Which mentions are painted quietly; made anew whenever painting starts from nothing. */
  private emphasis = new MentionEmphasis();

  constructor(
    private readonly doc: Document,
    choice: PainterChoice = 'auto',
  ) {
    if (choice === 'auto' && highlightApiAvailable(doc)) {
      const painter = new HighlightApiPainter(doc);
      this.painter = painter;
      this.viewport = new ViewportWindow(doc, () => this.textMap, painter);
    } else this.painter = new Highlighter(doc);
  }

  /** The release's text as the text map flattens it: annotations' offsets point into it. */
  get map(): TextMap {
    return this.textMap;
  }

  get hasRegions(): boolean {
    return this.regions.length > 0;
  }

  /** Painting starts from the body's text map; `title` is the headline, whose mentions are quiet. */
  begin(map: TextMap, root: Node, excluded: readonly Element[], title: string): void {
    this.textMap = map;
    this.excluded = excluded;
    this.title = title;
    this.emphasis = new MentionEmphasis(headlineSpan(map.text, title));
    this.regions.length = 0;
    this.regions.push({ root });
  }

  /** Maps text nodes added later as one more region after the text; returns where it starts, or -1 when none is new. */
  addRegion(root: Node, nodes: readonly Node[]): number {
    const added = buildTextMapOfNodes(nodes, this.excluded, (t) => isMapped(this.textMap, t));
    if (added.segments.length === 0) return -1;
    const base = appendTextMap(this.textMap, added);
    this.regions.push({ root, nodes });
    return base;
  }

  paint(annotations: readonly Annotation[]): void {
    this.painter.paint(this.textMap, annotations, this.emphasis);
    if (this.painter.splitsText) this.textMap = this.rebuildMap();
    this.viewport?.check();
  }

  /** Takes every highlight away. */
  unpaint(): void {
    this.viewport?.stop();
    this.painter.clear();
    this.emphasis = new MentionEmphasis(this.regions.length ? headlineSpan(this.textMap.text, this.title) : null);
  }

  /** Paints `annotations` again from nothing (the text map rebuilt where wrapping had split it). */
  repaint(annotations: readonly Annotation[], hidden: readonly AnnotationKind[]): void {
    this.unpaint();
    if (this.painter.splitsText) this.textMap = this.rebuildMap();
    this.painter.setHiddenKinds(hidden);
    this.paint(annotations);
  }

  /** Forgets the page: nothing painted, nothing mapped. */
  reset(): void {
    this.unpaint();
    this.regions.length = 0;
    this.textMap = { text: '', segments: [] };
  }

  setHiddenKinds(kinds: readonly AnnotationKind[]): void {
    this.painter.setHiddenKinds(kinds);
  }

  setCurrent(range: Range | null): void {
    this.painter.setCurrent(range);
  }

  rangeOf(start: number, end: number): Range | null {
    return toRange(this.textMap, start, end, this.doc);
  }

  /** The flat offset of a point in the page's text, or -1 outside the release's text. */
  offsetOf(node: Node, offset: number): number {
    return toOffset(this.textMap, node, offset);
  }

  /** The same text, mapped again after wrapping split its text nodes. */
  private rebuildMap(): TextMap {
    const later = (i: number) => this.regions.slice(i + 1).flatMap((r) => r.nodes ?? []);
    const map: TextMap = { text: '', segments: [] };
    this.regions.forEach((region, i) => {
      const skip = later(i);
      const inLater = (t: Text) => skip.some((n) => n === t || n.contains(t));
      appendTextMap(map, region.nodes ? buildTextMapOfNodes(region.nodes, this.excluded, inLater) : buildTextMap(region.root, this.excluded, inLater));
    });
    return map;
  }
}
