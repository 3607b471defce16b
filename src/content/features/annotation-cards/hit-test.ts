/**
 * Which annotation is under the pointer. Highlight-API ranges are not elements, so the
 * pointer's caret position is mapped to the flat text and checked against the range's
 * boxes (the caret snaps to the nearest character even in blank space).
 */
import type { Annotation } from '../../../core/model.js';
import type { Annotator } from '../../annotator.js';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

export function annotationAt(doc: Document, annotator: Annotator, x: number, y: number): Annotation | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  const at = annotator.painters.offsetOf(caret.node, caret.offset);
  if (at < 0) return undefined;
  // The caret sits between characters: the one under the pointer is after it or before it.
  for (const candidate of [annotator.findings.annotationAtOffset(at), annotator.findings.annotationAtOffset(at - 1)]) {
    const range = candidate && annotator.rangeOf(candidate.id);
    if (candidate && range && contains(range, x, y)) return candidate;
  }
  return undefined;
}
