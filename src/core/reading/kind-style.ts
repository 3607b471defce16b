/**
 * How a category's style is drawn, once for every surface: the page's highlights, the
 * legend's samples, the panel's and the options page's keys. The styles themselves (a
 * colour and a line per kind, and whether a new reader sees it) are in core/kinds.ts.
 */
import { KINDS } from '../kinds.js';
import { ANNOTATION_KINDS, type AnnotationKind } from '../model.js';

/** Underline styles: the cue that is not colour. */
export const UNDERLINE_STYLES = ['solid', 'dotted', 'dashed', 'double', 'wavy'] as const;
export type UnderlineStyle = (typeof UNDERLINE_STYLES)[number];

export interface KindStyle {
  visible: boolean;
  colour: string;
  underline: UnderlineStyle;
}

/** Each kind's style for a reader who has set none (core/kinds.ts says which and why). */
export const DEFAULT_KIND_STYLES: Readonly<Record<AnnotationKind, KindStyle>> = Object.fromEntries(
  ANNOTATION_KINDS.map((kind) => [kind, KINDS[kind].style]),
) as Record<AnnotationKind, KindStyle>;

/** The tint's opacity as a hex byte: 0x30 is about 19%, light enough to read through (contrast tested). */
export const TINT_ALPHA = '30';

/**
 * The declarations that paint one category: a translucent tint that reads on light and
 * dark pages, and a line under the text only (a line over a word sits in the gap between
 * lines and cuts through the line above). A quiet mention (a repeat, the headline) keeps
 * the line, thinner and fainter, and no tint.
 */
export function declarationsOf({ colour, underline }: Pick<KindStyle, 'colour' | 'underline'>, quiet = false): string {
  return quiet
    ? `text-decoration: underline ${underline} ${colour}a0; text-decoration-thickness: 1px; text-underline-offset: 3px;`
    : `background-color: ${colour}${TINT_ALPHA}; text-decoration: underline ${underline} ${colour}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
}

/** The highlight name of a category's mentions, loud or quiet. */
export function highlightName(kind: AnnotationKind, quiet: boolean): string {
  return `release-lens-${kind}${quiet ? '-quiet' : ''}`;
}
