/**
 * Every call between the extension's contexts, one map a direction. Each entry is the
 * call's request and reply; its JSDoc line says what it asks. A new call is one more
 * entry here and one `handle` where it is answered. Names are unique across the maps:
 * content scripts' calls to the background reach the extension's pages too.
 */
import * as z from 'zod';
import { Recording } from '../core/library/record.js';
import { AnnotationKind } from '../core/model.js';
import { callOf, type CallMap } from './rpc.js';
import { FactsStatus, Recorded, Snapshot } from './protocol.js';

const Id = z.string().max(64);
const Nothing = z.object({});

/** Panel → content script of the tab it shows. The page's replies carry its snapshot as it is after the call. */
export const PANEL_TO_CONTENT = {
  /** The page's current snapshot. */
  'get-snapshot': callOf(Nothing, Snapshot),
  /** Shows or hides one category of highlights. */
  'set-kind-visible': callOf(z.object({ kind: AnnotationKind, visible: z.boolean() }), Snapshot),
  /** Scrolls to an annotation, selects its text and shows its card. */
  reveal: callOf(z.object({ id: Id }), Snapshot),
  /** Turns Release Lens on or off for the page (until it is reloaded); off removes everything it added. */
  'set-enabled': callOf(z.object({ enabled: z.boolean() }), Snapshot),
  /** Which of the release's facts are placed on the page now, and which are not found. */
  'facts-status': callOf(Nothing, FactsStatus),
  /** Scrolls to a fact's passage and selects it. */
  'facts-reveal': callOf(z.object({ id: Id }), FactsStatus),
  /**
   * Pins one of the page's annotations (with the insights that use it, but those in `leaveOut`) or insights as a
   * fact (the insight when both are named), one fact a finding; replied with the fact's id, refused with the reason.
   */
  'facts-pin': callOf(
    z.object({ annotationId: Id.optional(), insightId: Id.optional(), leaveOut: z.array(Id).max(1_000).optional() }),
    z.object({ fact: Id, status: FactsStatus }),
  ),
  /** An insight (or figure) as a sentence to paste with its citation, as plain text and HTML: its fact if pinned, else the fact it would be. */
  'facts-cite': callOf(z.object({ annotationId: Id.optional(), insightId: Id.optional() }), z.object({ text: z.string().max(50_000), html: z.string().max(100_000) })),
} satisfies CallMap;

/** Background → content script of one tab. */
export const BACKGROUND_TO_CONTENT = {
  /** The context menu's "Save selection as a fact": opens the note editor for the selection. */
  'facts-save-selection': callOf(Nothing, z.null()),
} satisfies CallMap;

/** Everything a content script answers, whoever asks. */
export const CONTENT_INBOX = { ...PANEL_TO_CONTENT, ...BACKGROUND_TO_CONTENT } satisfies CallMap;

/** Content script → background. */
export const CONTENT_TO_BACKGROUND = {
  /** A card's "Open in panel": opens the side panel (Firefox: the sidebar) beside the sender's tab. */
  'open-panel': callOf(z.object({ annotationId: Id }), z.null()),
  /** After annotation, once per page: the library records the release, unless it is not to. */
  'record-release': callOf(z.object({ recording: Recording }), Recorded),
} satisfies CallMap;

/** Content script → the extension's pages: news of the page, for a panel that shows its tab. Nobody waits for the answer. */
export const CONTENT_TO_PANEL = {
  /** The page's snapshot changed. */
  'snapshot-changed': callOf(z.object({ snapshot: Snapshot }), z.null()),
  /** The reader moved to a highlight in the page (keyboard or card); the panel selects its item. */
  'highlight-focused': callOf(z.object({ id: Id }), z.null()),
  /** Facts were placed, saved or deleted on the page. */
  'facts-status-changed': callOf(FactsStatus, z.null()),
} satisfies CallMap;

/** Panel → background: none so far; a call the panel needs the background for goes here. */
export const PANEL_TO_BACKGROUND = {} satisfies CallMap;

/** Everything the background answers. */
export const BACKGROUND_INBOX = { ...CONTENT_TO_BACKGROUND, ...PANEL_TO_BACKGROUND } satisfies CallMap;

export type ContentInbox = typeof CONTENT_INBOX;
export type ContentToBackground = typeof CONTENT_TO_BACKGROUND;
export type ContentToPanel = typeof CONTENT_TO_PANEL;
export type PanelToContent = typeof PANEL_TO_CONTENT;
export type BackgroundInbox = typeof BACKGROUND_INBOX;
