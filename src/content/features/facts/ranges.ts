/**
 * A selection's Range as offsets into the release's text. `fromRange` in the text map
 * covers boundaries inside mapped text nodes; a selection can also start or end on an
 * element (a triple click selects a paragraph up to the next one) or in text the map
 * leaves out, so such a boundary moves inward to the nearest mapped text.
 */
import { toOffset, type TextMap } from '../../../page/text-map.js';

function offsetOfPoint(map: TextMap, node: Node, offset: number, doc: Document, side: 'start' | 'end'): number | null {
  const direct = toOffset(map, node, offset);
  if (direct >= 0) return direct;
  const point = doc.createRange();
  point.setStart(node, offset);
  const segs = map.segments;
  if (side === 'start') {
    for (const seg of segs) if (point.comparePoint(seg.node, 0) >= 0) return seg.start;
    return null;
  }
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i];
    if (seg && point.comparePoint(seg.node, seg.node.data.length) <= 0) return seg.start + seg.length;
  }
  return null;
}

/** The [start, end) of the release's text a Range covers, or null when it covers none. */
export function offsetsOf(map: TextMap, range: Range, doc: Document): { start: number; end: number } | null {
  const start = offsetOfPoint(map, range.startContainer, range.startOffset, doc, 'start');
  const end = offsetOfPoint(map, range.endContainer, range.endOffset, doc, 'end');
  return start !== null && end !== null && end > start ? { start, end } : null;
}
