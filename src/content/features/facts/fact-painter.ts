/**
 * Paints the reader's facts as boxes in a layer of our own: a closed shadow root on
 * `<html>`, positioned over the passages' line boxes. Not through `CSS.highlights`, whose
 * registry belongs to the document: any page script could read from it which passages
 * the reader chose to keep (docs/threat-model.md). From outside, the layer is one
 * zero-size element at the page's origin; the boxes let every click through and change
 * nothing in the page's layout. They follow the text when the page's layout changes
 * (resize, fonts, images, late content), once per animation frame.
 */
import { closedShadowHost, matchPageScheme } from '../../shadow-host.js';

export const FACT_LAYER_TAG = 'release-lens-fact-layer';

const STYLE = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible;
  pointer-events: none; z-index: 2147483645; }
.box { position: absolute; pointer-events: none; background: rgb(255 200 0 / .4);
  box-shadow: inset 0 -2px 0 rgb(180 120 0); mix-blend-mode: multiply; }
:host([data-dark]) .box { mix-blend-mode: screen; background: rgb(255 200 0 / .3); }`;

export class FactPainter {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private ranges: readonly Range[] = [];
  private frame = 0;
  private readonly resize: ResizeObserver;

  constructor(private readonly doc: Document) {
    const { host, shadow } = closedShadowHost(doc, FACT_LAYER_TAG, STYLE);
    this.host = host;
    this.layer = doc.createElement('div');
    shadow.append(this.layer);
    this.resize = new ResizeObserver(() => this.schedule());
  }

  paint(ranges: readonly Range[]): void {
    this.ranges = ranges;
    if (ranges.length === 0) {
      this.layer.replaceChildren();
      return;
    }
    if (!this.host.isConnected) {
      this.doc.documentElement.append(this.host);
      matchPageScheme(this.host, ranges[0]?.commonAncestorContainer ?? null);
      // The body's size changes with every reflow that could move the passages.
      if (this.doc.body) this.resize.observe(this.doc.body);
      this.doc.defaultView?.addEventListener('resize', this.onResize);
    }
    this.layout();
  }

  remove(): void {
    this.resize.disconnect();
    this.doc.defaultView?.removeEventListener('resize', this.onResize);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.host.remove();
    this.ranges = [];
  }

  private readonly onResize = (): void => this.schedule();

  private schedule(): void {
    const view = this.doc.defaultView;
    if (this.frame || !view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** One box per line box of each passage, in the layer's coordinates. */
  private layout(): void {
    const origin = this.host.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const range of this.ranges) {
      let first = true;
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = this.doc.createElement('div');
        // A passage's first box starts it: where one passage ends and the next begins, for tests and for nothing else.
        box.className = first ? 'box start' : 'box';
        first = false;
        box.style.cssText = `left:${rect.left - origin.left}px;top:${rect.top - origin.top}px;width:${rect.width}px;height:${rect.height}px`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}
