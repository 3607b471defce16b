/**
 * The one typed protocol between the extension's contexts. Each direction is a zod
 * schema; a message that fails validation, or comes from anything but this extension,
 * is dropped.
 */
import * as z from 'zod';
import { Recording } from '../core/library/record.js';
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

/** Panel → content script (tabs.sendMessage). */
export const PanelToContent = z.discriminatedUnion('type', [
  /** Asks for the page's current snapshot. */
  z.object({ type: z.literal('get-snapshot') }),
  /** Shows or hides one category of highlights. */
  z.object({ type: z.literal('set-kind-visible'), kind: AnnotationKind, visible: z.boolean() }),
  /** Scrolls to an annotation, selects its text and shows its card. */
  z.object({ type: z.literal('reveal'), id: z.string().max(64) }),
  /** Turns Release Lens on or off for the page (until it is reloaded); off removes everything it added. */
  z.object({ type: z.literal('set-enabled'), enabled: z.boolean() }),
]);
export type PanelToContent = z.infer<typeof PanelToContent>;

/** Content script → extension pages (runtime.sendMessage). */
export const ContentToPanel = z.discriminatedUnion('type', [
  /** The page's snapshot changed; the panel re-reads it if the tab is the one it shows. */
  z.object({ type: z.literal('snapshot-changed'), snapshot: Snapshot }),
  /** The reader moved to a highlight in the page (keyboard or click); the panel selects its item. */
  z.object({ type: z.literal('highlight-focused'), id: z.string().max(64) }),
]);
export type ContentToPanel = z.infer<typeof ContentToPanel>;

/** Content script → background and extension pages: what the reader asked for on an annotation's card. */
export const ContentRequest = z.discriminatedUnion('type', [
  /** "Pin as fact": the facts store keeps the annotation, with its release, as a fact. */
  z.object({ type: z.literal('pin-annotation'), annotation: Annotation, release: ReleaseInfo }),
  /** "Open in the panel": the panel opens on this tab and shows the annotation. */
  z.object({ type: z.literal('open-panel'), annotationId: z.string().max(64) }),
  /** After annotation, once per page: the background records the release in the library (replied with RecordReply). */
  z.object({ type: z.literal('record-release'), recording: Recording }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** The background's answer to `record-release`: the release's key, or why it was not recorded. */
export const RecordReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.object({ key: z.string().max(8_000), created: z.boolean() }) }),
  z.object({ ok: z.literal(false), error: z.string().max(2_000) }),
]);
export type RecordReply = z.infer<typeof RecordReply>;

/** Panel or background → content script: the reader's facts on the page. */
export const FactsToContent = z.discriminatedUnion('type', [
  /** The context menu's "Save selection as a fact": open the note editor for the selection. */
  z.object({ type: z.literal('facts-save-selection') }),
  /** Which of the release's facts are placed on the page now, and which are not found. */
  z.object({ type: z.literal('facts-status') }),
  /** Scrolls to a fact's passage and selects it. */
  z.object({ type: z.literal('facts-reveal'), id: z.string().max(64) }),
  /** Pins one of the page's annotations or insights as a fact. */
  z.object({ type: z.literal('facts-pin'), annotationId: z.string().max(64).optional(), insightId: z.string().max(64).optional() }),
]);
export type FactsToContent = z.infer<typeof FactsToContent>;

/** Where each of the page's facts is: placed in the text, or not found on the page. */
export const FactsStatus = z.object({
  type: z.literal('facts-status'),
  releaseKey: z.string().max(8_000),
  placed: z.array(z.string().max(64)).max(100_000),
  notFound: z.array(z.string().max(64)).max(100_000),
});
export type FactsStatus = z.infer<typeof FactsStatus>;

/** Replies to PanelToContent requests. */
export const ContentReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), snapshot: Snapshot }),
  z.object({ ok: z.literal(false), error: z.string().max(2_000) }),
]);
export type ContentReply = z.infer<typeof ContentReply>;
