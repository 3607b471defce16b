/**
 * W3C Web Annotation selectors over the release's text as the text map flattens it: a
 * TextQuoteSelector (the exact text with some context either side) and a
 * TextPositionSelector (its offsets). Together they let a fact be found again after the
 * page changes.
 */
import * as z from 'zod';

/** How much context either side of a quote is kept: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(1_000),
  suffix: z.string().max(1_000),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Describes [start, end) of `text`; the caller has made sure the range holds some text. */
export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Narrows [start, end) so it neither starts nor ends in whitespace; null if nothing is left. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}
