/**
 * The text map: the release body's text nodes flattened into one string, with a map
 * back to (node, offset). The only code that knows about text nodes; extraction and
 * anchoring work on the string.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'IFRAME', 'OBJECT', 'SVG']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);

export interface TextSegment {
  node: Text;
  /** Where the node's text starts in the flat string. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

export function buildTextMap(root: Element, excluded: readonly Element[] = []): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const separate = (): void => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      length += 1;
    }
  };
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: length });
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === 1) {
        const childEl = child as Element;
        const tag = childEl.tagName.toUpperCase();
        if (SKIP.has(tag) || isHidden(childEl) || excluded.includes(childEl)) continue;
        const block = BLOCK.has(tag);
        if (block) separate();
        walk(childEl);
        if (block) separate();
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** Index of the segment holding `offset`; with 'end' affinity an offset on a boundary belongs to the segment before it. */
function segmentIndexAt(map: TextMap, offset: number, affinity: 'start' | 'end'): number {
  const { segments } = map;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (!seg) break;
    const end = seg.start + seg.node.data.length;
    const inside = affinity === 'start' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end;
    if (inside) return mid;
    if (offset < seg.start || (affinity === 'end' && offset === seg.start)) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** The text node and offset an offset of the flat string falls in. */
export function toDomPoint(map: TextMap, offset: number, affinity: 'start' | 'end'): DomPoint | null {
  const seg = map.segments[segmentIndexAt(map, offset, affinity)];
  return seg ? { node: seg.node, offset: offset - seg.start } : null;
}

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces a [start, end) span covers, in document order. */
export function piecesOf(map: TextMap, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const first = segmentIndexAt(map, start, 'start');
  if (first < 0) return pieces;
  for (let i = first; i < map.segments.length; i++) {
    const seg = map.segments[i];
    if (!seg || seg.start >= end) break;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.start + seg.node.data.length) - seg.start;
    if (to > from) pieces.push({ node: seg.node, start: from, end: to });
  }
  return pieces;
}
