/**
 * Marks annotations in the page by wrapping their text in `release-lens-mark` elements:
 * the page's text (textContent) stays the same, screen readers meet the marks in reading
 * order, and removal puts the original text nodes back.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import { piecesOf, type TextMap } from './text-map.js';

export const MARK_TAG = 'release-lens-mark';
const HIDE_ATTRIBUTE = 'data-release-lens-hide';

export class Highlighter {
  private readonly marks = new Map<string, HTMLElement[]>();

  constructor(private readonly doc: Document) {}

  /** Wraps every annotation; later spans first, so splitting a text node never moves an earlier span. */
  highlight(map: TextMap, annotations: readonly Annotation[]): void {
    for (let i = annotations.length - 1; i >= 0; i--) {
      const a = annotations[i];
      if (!a) continue;
      const pieces = piecesOf(map, a.start, a.end);
      const elements: HTMLElement[] = [];
      for (let p = pieces.length - 1; p >= 0; p--) {
        const piece = pieces[p];
        if (!piece) continue;
        let node = piece.node;
        if (piece.end < node.data.length) node.splitText(piece.end);
        if (piece.start > 0) node = node.splitText(piece.start);
        const mark = this.doc.createElement(MARK_TAG);
        mark.dataset.id = a.id;
        mark.dataset.kind = a.kind;
        mark.tabIndex = -1;
        node.replaceWith(mark);
        mark.append(node);
        elements.unshift(mark);
      }
      this.marks.set(a.id, elements);
    }
  }

  marksOf(id: string): readonly HTMLElement[] {
    return this.marks.get(id) ?? [];
  }

  setHiddenKinds(kinds: readonly AnnotationKind[]): void {
    const root = this.doc.documentElement;
    if (kinds.length) root.setAttribute(HIDE_ATTRIBUTE, kinds.join(' '));
    else root.removeAttribute(HIDE_ATTRIBUTE);
  }

  /** Unwraps every mark and merges the text nodes the wrapping split. */
  removeAll(): void {
    for (const elements of this.marks.values()) {
      for (const mark of elements) {
        const parent = mark.parentNode;
        if (!parent) continue;
        mark.replaceWith(...mark.childNodes);
        parent.normalize();
      }
    }
    this.marks.clear();
    this.doc.documentElement.removeAttribute(HIDE_ATTRIBUTE);
  }
}
