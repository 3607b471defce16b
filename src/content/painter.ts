/**
 * How highlights reach the screen. Two ways, one interface: the CSS Custom Highlight API
 * (no DOM change at all: ranges painted by the browser; Chrome 105+, Firefox 140+) and,
 * where it is missing, wrapping the text in `release-lens-mark` elements. The choice was
 * made by measurement (docs/render.md): the Highlight API leaves the page's DOM, layout
 * and accessibility tree exactly as they were and costs a fraction of wrapping.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import type { MentionEmphasis } from '../core/reading/emphasis.js';
import type { TextMap } from '../page/text-map.js';

export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  /**
   * Paints more annotations, in reading order; late content calls it again with only what
   * is new. `emphasis` says which are quiet (repeats, the headline); it keeps what it has
   * seen, so one instance serves a whole run.
   */
  paint(map: TextMap, annotations: readonly Annotation[], emphasis: MentionEmphasis): void;
  /** True when painting split the mapped text nodes, so the map must be rebuilt before it is used again. */
  readonly splitsText: boolean;
  setHiddenKinds(kinds: readonly AnnotationKind[]): void;
  /** Marks the annotation being read (keyboard step, panel reveal), or none. */
  setCurrent(range: Range | null): void;
  /** Removes every highlight; the DOM is back to what it was. */
  clear(): void;
}

export const HIDE_ATTRIBUTE = 'data-release-lens-hide';
