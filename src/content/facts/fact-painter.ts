/**
 * Paints the reader's facts with the CSS Custom Highlight API (Chrome 105+, Firefox
 * 140+, so every browser Release Lens supports): the page's DOM is not touched, and a
 * fact over text that other highlights wrap is painted all the same. Styled in
 * content.css as `::highlight(release-lens-fact)`.
 */
export const FACT_HIGHLIGHT = 'release-lens-fact';

export class FactPainter {
  private readonly highlight: Highlight | null;

  constructor(doc: Document) {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    this.highlight = view && 'Highlight' in view && view.CSS?.highlights ? new view.Highlight() : null;
    if (this.highlight) view?.CSS.highlights.set(FACT_HIGHLIGHT, this.highlight);
  }

  get available(): boolean {
    return this.highlight !== null;
  }

  paint(ranges: readonly Range[]): void {
    if (!this.highlight) return;
    this.highlight.clear();
    for (const r of ranges) this.highlight.add(r);
  }

  remove(doc: Document): void {
    this.highlight?.clear();
    doc.defaultView?.CSS?.highlights?.delete(FACT_HIGHLIGHT);
  }
}
