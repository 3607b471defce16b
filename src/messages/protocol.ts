/**
 * The one typed protocol between the extension's contexts. Each direction is a zod
 * schema; a message that fails validation, or comes from anything but this extension,
 * is dropped.
 */
import { z } from 'zod';
import { Annotation, AnnotationKind, Insight, ReleaseInfo } from '../core/model.js';

/** What the content script knows about its page, as the panel shows it. */
export const Snapshot = z.object({
  state: z.enum(['ready', 'not-a-release']),
  release: ReleaseInfo,
  annotations: z.array(Annotation).max(100_000),
  insights: z.array(Insight).max(10_000),
  hiddenKinds: z.array(AnnotationKind),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** Panel → content script (tabs.sendMessage). */
export const PanelToContent = z.discriminatedUnion('type', [
  /** Asks for the page's current snapshot. */
  z.object({ type: z.literal('get-snapshot') }),
  /** Shows or hides one category of highlights. */
  z.object({ type: z.literal('set-kind-visible'), kind: AnnotationKind, visible: z.boolean() }),
  /** Scrolls to an annotation and flashes it. */
  z.object({ type: z.literal('reveal'), id: z.string().max(64) }),
]);
export type PanelToContent = z.infer<typeof PanelToContent>;

/** Content script → extension pages (runtime.sendMessage). */
export const ContentToPanel = z.discriminatedUnion('type', [
  /** The page's snapshot changed; the panel re-reads it if the tab is the one it shows. */
  z.object({ type: z.literal('snapshot-changed'), snapshot: Snapshot }),
]);
export type ContentToPanel = z.infer<typeof ContentToPanel>;

/** Replies to PanelToContent requests. */
export const ContentReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), snapshot: Snapshot }),
  z.object({ ok: z.literal(false), error: z.string().max(2_000) }),
]);
export type ContentReply = z.infer<typeof ContentReply>;
