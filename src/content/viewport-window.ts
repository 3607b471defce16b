/**
 * On a huge page, keeps the registered highlights to the text near the viewport (see
 * HighlightApiPainter's window) and moves that window as the reader scrolls or resizes.
 * The visible text is found by binary search over the text map's nodes, reading a few
 * dozen rectangles per update, never all of them.
 */
import { firstIndex } from '../core/first-index.js';
import type { TextMap, TextSegment } from '../page/text-map.js';

/** Ranges painted before the window is worth it: far more than any release has. */
export const WINDOW_AFTER_RANGES = 2_000;

export interface WindowedPainter {
  readonly size: number;
  setWindow(window: [number, number] | null): void;
}

export class ViewportWindow {
  private registered: [number, number] | null = null;
  private following: AbortController | null = null;
  private frame = 0;
  private readonly probe: Range;

  constructor(
    private readonly doc: Document,
    private readonly map: () => TextMap,
    private readonly painter: WindowedPainter,
  ) {
    this.probe = doc.createRange();
  }

  /** Starts following the viewport once enough ranges are painted; call after each paint. */
  check(): void {
    const view = this.doc.defaultView;
    if (this.following || this.painter.size <= WINDOW_AFTER_RANGES || !view) return;
    const following = (this.following = new AbortController());
    const schedule = (): void => {
      if (this.frame) return;
      this.frame = view.requestAnimationFrame(() => {
        this.frame = 0;
        this.update();
      });
    };
    view.addEventListener('scroll', schedule, { passive: true, capture: true, signal: following.signal });
    view.addEventListener('resize', schedule, { passive: true, signal: following.signal });
    this.update();
  }

  stop(): void {
    this.following?.abort();
    this.following = null;
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.registered = null;
  }

  /** Registers the text within two screens of the viewport, unless what is on screen is registered already. */
  private update(): void {
    const height = this.doc.defaultView?.innerHeight ?? 0;
    const visible = this.textBetween(-height / 2, height * 1.5);
    const registered = this.registered;
    if (visible && registered && visible[0] >= registered[0] && visible[1] <= registered[1]) return;
    this.registered = this.textBetween(-height * 2, height * 3) ?? [0, 0];
    this.painter.setWindow(this.registered);
  }

  /** The flat text whose nodes lie between two heights of the viewport, or null when there is none. */
  private textBetween(top: number, bottom: number): [number, number] | null {
    const { segments } = this.map();
    const first = firstIndex(segments.length, (i) => this.rect(i).bottom >= top);
    const last = firstIndex(segments.length, (i) => this.rect(i).top > bottom) - 1;
    const from = segments[first];
    const to = segments[last];
    return from && to && first <= last ? [from.start, to.start + to.length] : null;
  }

  /**
   * Where a node is on screen. Whitespace between blocks and hidden text have no box (an
   * empty rectangle at 0, 0), which would mislead the search: the next node with a box
   * stands in for them.
   */
  private rect(i: number): DOMRect {
    const { segments } = this.map();
    let rect = new DOMRect();
    for (let j = i; j < Math.min(segments.length, i + 16); j++) {
      this.probe.selectNodeContents((segments[j] as TextSegment).node);
      rect = this.probe.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) break;
    }
    return rect;
  }
}
