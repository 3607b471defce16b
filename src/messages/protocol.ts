/** What the calls between contexts carry (the calls themselves are in `calls.ts`). */
import * as z from 'zod';
import { Annotation, AnnotationKind, Insight, KindCounts, ReleaseInfo } from '../core/model.js';

/** What the content script knows about its page, as the panel shows it. */
export const Snapshot = z.object({
  /** `off`: the user turned Release Lens off for this page; nothing of it is left in the page. */
  state: z.enum(['ready', 'not-a-release', 'off']),
  release: ReleaseInfo,
  annotations: z.array(Annotation).max(100_000),
  insights: z.array(Insight).max(10_000),
  hiddenKinds: z.array(AnnotationKind),
  /** How many annotations of each kind the page has, all of them (a huge page's lists are cut). */
  counts: KindCounts.optional(),
  /** What a huge page's snapshot leaves out: the panel lists the first annotations in reading order, the page highlights them all. */
  omitted: z.object({ annotations: z.number().int().nonnegative(), insights: z.number().int().nonnegative() }).optional(),
  /** The annotation the reader is on in the page (keyboard step, a card's "Open in panel"). */
  current: z.string().max(64).optional(),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** Where each of the page's facts is: placed in the text, or not found on the page. */
export const FactsStatus = z.object({
  releaseKey: z.string().max(8_000),
  placed: z.array(z.string().max(64)).max(100_000),
  notFound: z.array(z.string().max(64)).max(100_000),
  /** Which of the page's findings (annotation or insight id) each pinned fact pins. */
  pins: z.array(z.object({ fact: z.string().max(64), finding: z.string().max(64) })).max(100_000).optional(),
});
export type FactsStatus = z.infer<typeof FactsStatus>;

/** The library's record of a release: its key, and whether this reading made it. */
export const Recorded = z.object({ key: z.string().max(8_000), created: z.boolean() });
export type Recorded = z.infer<typeof Recorded>;
