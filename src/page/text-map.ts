/**
 * The text map: the release body's text nodes flattened into one string, with a map
 * back to (node, offset). The only code that knows about text nodes; extraction and
 * anchoring work on the string.
 *
 * The flat string is what a reader sees, so: script, style, template, form controls,
 * contenteditable regions and hidden elements are skipped; block boundaries become one
 * "\n"; non-breaking spaces read as spaces; zero-width characters (and soft hyphens) are
 * dropped, so "Com\u200Bmerce" reads "Commerce"; open shadow roots are read in the flat
 * tree order (slotted content where it is slotted).
 */
import { Mapper } from './text-walk.js';

export interface TextSegment {
  node: Text;
  /** Where the node's text starts in the flat string. */
  start: number;
  /** Length of the node's text in the flat string (its data less invisible characters). */
  length: number;
  /** Offsets in the node's data of the invisible characters dropped from the flat string, ascending. */
  dropped?: number[];
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
  /** Segment index of each mapped node, built on first use. */
  index?: Map<Text, number>;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * Maps the text under `root` (its children: the root itself is taken as shown), leaving
 * out the `excluded` elements (page chrome inside the body) and any text node `skip` says
 * is already mapped (late content).
 */
export function buildTextMap(root: Node, excluded: readonly Element[] = [], skip?: (node: Text) => boolean): TextMap {
  const mapper = new Mapper(excluded, skip);
  mapper.start(root);
  mapper.drain();
  return mapper.result();
}

/**
 * Like buildTextMap, a slice at a time (a huge body takes tens of milliseconds to walk):
 * `drain(stop)` maps nodes until the walk is done (true) or `stop` says to pause (false).
 * The caller pauses; a body walked in one slice never waits.
 */
export function textMapWalk(root: Node, excluded: readonly Element[]): { drain(stop: () => boolean): boolean; result(): TextMap } {
  const mapper = new Mapper(excluded);
  mapper.start(root);
  return mapper;
}

/** The first `chars` or so of the text under `root`, as the text map reads it. */
export function leadingText(root: Node, excluded: readonly Element[], chars: number): string {
  const mapper = new Mapper(excluded);
  mapper.start(root);
  mapper.drain(() => mapper.mappedLength >= chars);
  return mapper.result().text.slice(0, chars);
}

/** Maps a list of nodes (late content) in order, each with its own skip and block rules applied. */
export function buildTextMapOfNodes(nodes: readonly Node[], excluded: readonly Element[] = [], skip?: (node: Text) => boolean): TextMap {
  const mapper = new Mapper(excluded, skip);
  mapper.push(nodes, false);
  mapper.drain();
  return mapper.result();
}

/** Appends `more` after `map`'s text, one "\n" between them; returns the offset where `more` starts. */
export function appendTextMap(map: TextMap, more: TextMap): number {
  const base = map.text.length === 0 || map.text.endsWith('\n') ? map.text.length : map.text.length + 1;
  if (base > map.text.length) map.text += '\n';
  map.text += more.text;
  for (const seg of more.segments) {
    if (map.index) map.index.set(seg.node, map.segments.length);
    map.segments.push({ ...seg, start: seg.start + base });
  }
  return base;
}

/** Whether a node is in the map. */
export function isMapped(map: TextMap, node: Text): boolean {
  return indexOf(map).has(node);
}

function indexOf(map: TextMap): Map<Text, number> {
  if (!map.index) map.index = new Map(map.segments.map((s, i) => [s.node, i]));
  return map.index;
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
    const end = seg.start + seg.length;
    const inside = affinity === 'start' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end;
    if (inside) return mid;
    if (offset < seg.start || (affinity === 'end' && offset === seg.start)) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** A flat offset within a segment → an offset in its node's data, stepping over dropped characters. */
function nodeOffset(seg: TextSegment, local: number, affinity: 'start' | 'end'): number {
  let offset = local;
  for (const d of seg.dropped ?? []) {
    if (d < offset || (d === offset && affinity === 'start')) offset++;
    else break;
  }
  return offset;
}

/** The text node and offset an offset of the flat string falls in. */
export function toDomPoint(map: TextMap, offset: number, affinity: 'start' | 'end'): DomPoint | null {
  const seg = map.segments[segmentIndexAt(map, offset, affinity)];
  return seg ? { node: seg.node, offset: nodeOffset(seg, offset - seg.start, affinity) } : null;
}

/** The flat offset of a point in a mapped text node, or -1 when the node is not in the map. */
export function toOffset(map: TextMap, node: Node, offset: number): number {
  const i = node.nodeType === 3 ? indexOf(map).get(node as Text) : undefined;
  const seg = i === undefined ? undefined : map.segments[i];
  if (!seg) return -1;
  const before = (seg.dropped ?? []).filter((d) => d < offset).length;
  return seg.start + Math.min(offset, seg.node.data.length) - before;
}

/** A DOM Range over [start, end) of the flat string, or null when it maps to no text. */
export function toRange(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const from = toDomPoint(map, start, 'start');
  const to = toDomPoint(map, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * A StaticRange over [start, end): what painting holds on to. Live Ranges are updated by
 * the browser on every DOM change, so thousands of them would slow down every mutation the
 * page itself makes; static ones cost nothing after they are made.
 */
export function toStaticRange(map: TextMap, start: number, end: number, doc: Document): StaticRange | null {
  const from = toDomPoint(map, start, 'start');
  const to = toDomPoint(map, end, 'end');
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!from || !to || !view) return null;
  return new view.StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
}

/** The flat [start, end) a Range covers, or null when an end is outside the map. */
export function fromRange(map: TextMap, range: AbstractRange): { start: number; end: number } | null {
  const start = toOffset(map, range.startContainer, range.startOffset);
  const end = toOffset(map, range.endContainer, range.endOffset);
  return start < 0 || end < 0 ? null : { start, end };
}

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** The text-node pieces a [start, end) span covers, in document order, as offsets in each node's data. */
export function piecesOf(map: TextMap, start: number, end: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const first = segmentIndexAt(map, start, 'start');
  if (first < 0) return pieces;
  for (let i = first; i < map.segments.length; i++) {
    const seg = map.segments[i];
    if (!seg || seg.start >= end) break;
    const from = nodeOffset(seg, Math.max(start, seg.start) - seg.start, 'start');
    const to = nodeOffset(seg, Math.min(end, seg.start + seg.length) - seg.start, 'end');
    if (to > from) pieces.push({ node: seg.node, start: from, end: to });
  }
  return pieces;
}
