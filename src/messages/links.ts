/** Each context's ends of the calls: its one endpoint, and callers to the others. */
import type { Messaging } from '../platform/messaging.js';
import { BACKGROUND_INBOX, BACKGROUND_TO_CONTENT, CONTENT_INBOX, CONTENT_TO_BACKGROUND, CONTENT_TO_PANEL, PANEL_TO_CONTENT } from './calls.js';
import { Caller, Endpoint, extensionCaller, tabCaller } from './rpc.js';

export interface ContentLink {
  /** The calls the page answers, from the panel and the background; features make them to each other with `invoke`. */
  readonly inbox: Endpoint<typeof CONTENT_INBOX>;
  readonly background: Caller<typeof CONTENT_TO_BACKGROUND>;
  readonly panels: Caller<typeof CONTENT_TO_PANEL>;
}

export function contentLink(messaging: Messaging, signal?: AbortSignal): ContentLink {
  return {
    inbox: new Endpoint(CONTENT_INBOX, messaging, signal),
    background: extensionCaller(CONTENT_TO_BACKGROUND, messaging),
    panels: extensionCaller(CONTENT_TO_PANEL, messaging),
  };
}

export interface PanelLink {
  /** The page's news, for the panel showing its tab. */
  readonly inbox: Endpoint<typeof CONTENT_TO_PANEL>;
  /** The content script of one tab. */
  tab(tabId: number): Caller<typeof PANEL_TO_CONTENT>;
}

export function panelLink(messaging: Messaging, signal?: AbortSignal): PanelLink {
  return {
    inbox: new Endpoint(CONTENT_TO_PANEL, messaging, signal),
    tab: (tabId) => tabCaller(PANEL_TO_CONTENT, messaging, tabId),
  };
}

export interface BackgroundLink {
  readonly inbox: Endpoint<typeof BACKGROUND_INBOX>;
  /** The content script of one tab. */
  tab(tabId: number): Caller<typeof BACKGROUND_TO_CONTENT>;
}

export function backgroundLink(messaging: Messaging): BackgroundLink {
  return {
    inbox: new Endpoint(BACKGROUND_INBOX, messaging),
    tab: (tabId) => tabCaller(BACKGROUND_TO_CONTENT, messaging, tabId),
  };
}
