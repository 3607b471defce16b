/**
 * The one door to extension APIs. Everything else imports `browser` from here, so the
 * polyfill can be dropped (Chrome 148+ has a promise-based `browser`) without touching
 * features, and Chrome-only APIs are feature-tested in one place.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/** Chrome and Edge's side panel; Firefox has `sidebarAction` instead. */
export function chromeSidePanel(): typeof chrome.sidePanel | undefined {
  return typeof chrome !== 'undefined' ? chrome.sidePanel : undefined;
}

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

export function firefoxSidebarAction(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}
