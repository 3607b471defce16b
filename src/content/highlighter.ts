/**
 * The fallback painter, for browsers without the CSS Custom Highlight API: wraps each
 * annotation's text in `release-lens-mark` elements. The page's text (textContent) stays
 * the same, screen readers meet the marks as plain inline text in reading order, and
 * removal puts the original text nodes back exactly.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import type { MentionEmphasis } from '../core/reading/emphasis.js';
import { HIDE_ATTRIBUTE, type Painter } from './painter.js';
import { piecesOf, type TextMap } from '../page/text-map.js';

export const MARK_TAG = 'release-lens-mark';
const CURRENT_ATTRIBUTE = 'data-current';

export class Highlighter implements Painter {
  readonly mode = 'wrap';
  readonly splitsText = true;
  /** Every mark with the splits it made, in the order they were made; removal undoes them in reverse. */
  private readonly wraps: Array<{ mark: HTMLElement; splitHead: boolean; splitTail: boolean }> = [];

  constructor(private readonly doc: Document) {}

  /** Wraps every annotation; later spans first, so splitting a text node never moves an earlier span. */
  paint(map: TextMap, annotations: readonly Annotation[], emphasis: MentionEmphasis): void {
    // Emphasis is decided in reading order, before the marks are made last first.
    const quiet = new Set(annotations.filter((a) => emphasis.quiet(a)));
    const lastFirst = [...annotations].sort((a, b) => b.start - a.start);
    for (const a of lastFirst) {
      const pieces = piecesOf(map, a.start, a.end);
      for (let p = pieces.length - 1; p >= 0; p--) {
        const piece = pieces[p];
        if (!piece) continue;
        let node = piece.node;
        const splitTail = piece.end < node.data.length;
        const splitHead = piece.start > 0;
        if (splitTail) node.splitText(piece.end);
        if (splitHead) node = node.splitText(piece.start);
        const mark = this.doc.createElement(MARK_TAG);
        mark.dataset.id = a.id;
        mark.dataset.kind = a.kind;
        if (quiet.has(a)) mark.dataset.quiet = '';
        node.replaceWith(mark);
        mark.append(node);
        this.wraps.push({ mark, splitHead, splitTail });
      }
    }
  }

  setHiddenKinds(kinds: readonly AnnotationKind[]): void {
    const root = this.doc.documentElement;
    if (kinds.length) root.setAttribute(HIDE_ATTRIBUTE, kinds.join(' '));
    else root.removeAttribute(HIDE_ATTRIBUTE);
  }

  setCurrent(range: Range | null): void {
    for (const { mark } of this.wraps) {
      if (range?.intersectsNode(mark)) mark.setAttribute(CURRENT_ATTRIBUTE, '');
      else mark.removeAttribute(CURRENT_ATTRIBUTE);
    }
  }

  /**
   * Unwraps every mark and merges back exactly the text nodes our splits made, newest
   * first, so the page's own text nodes (and any references it holds) come back as they
   * were. normalize() would also merge the page's own adjacent text nodes.
   */
  clear(): void {
    for (let wrap = this.wraps.pop(); wrap; wrap = this.wraps.pop()) {
      const { mark, splitHead, splitTail } = wrap;
      const piece = mark.firstChild;
      if (!mark.parentNode || piece?.nodeType !== 3 || mark.childNodes.length !== 1) continue;
      const text = piece as Text;
      mark.replaceWith(text);
      let kept = text;
      const head = text.previousSibling as Text | null;
      if (splitHead && head?.nodeType === 3) {
        head.appendData(text.data);
        text.remove();
        kept = head;
      }
      const tail = kept.nextSibling as Text | null;
      if (splitTail && tail?.nodeType === 3) {
        kept.appendData(tail.data);
        tail.remove();
      }
    }
    this.doc.documentElement.removeAttribute(HIDE_ATTRIBUTE);
  }
}
