/**
 * The one door to extension APIs. Everything else imports `browser` from here, so the
 * polyfill can be dropped (Chrome 148+ has a promise-based `browser`) without touching
 * features, and Chrome-only APIs are feature-tested in one place.
 */
import browser, { type Scripting } from 'webextension-polyfill';

export { browser };
export type { Runtime, Scripting, Tabs } from 'webextension-polyfill';

/** The extension's two storage areas: `sync` follows the reader's browsers, `local` stays here. */
export function storageAreas(): { local: typeof browser.storage.local; sync: typeof browser.storage.sync } {
  return { local: browser.storage.local, sync: browser.storage.sync };
}

type StorageChange = (changes: Record<string, unknown>, areaName: string) => void;

/** Calls `listener` when any context writes to storage, until `signal` aborts. */
export function onStorageChanged(listener: StorageChange, signal: AbortSignal): void {
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}

/** A private (incognito) window's content script: nothing it reads is kept. */
export function inPrivateWindow(): boolean {
  return browser.extension?.inIncognitoContext === true;
}

/** Chrome and Edge's side panel; Firefox has `sidebarAction` instead. */
export function chromeSidePanel(): typeof chrome.sidePanel | undefined {
  return typeof chrome !== 'undefined' ? chrome.sidePanel : undefined;
}

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

export function firefoxSidebarAction(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/**
 * Host access granted at runtime (`optional_host_permissions`): the web archives and
 * the sites a user turns Release Lens on for.
 */
export const siteAccess = {
  request: (origins: string[]): Promise<boolean> => browser.permissions.request({ origins }),
  remove: (origins: string[]): Promise<boolean> => browser.permissions.remove({ origins }),
  granted: async (): Promise<string[]> => (await browser.permissions.getAll()).origins ?? [],
  onChange(listener: () => void): void {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
  },
};

type MenuContext = 'selection' | 'action';

/**
 * A context menu item and what a click on it does. The item is created once, at
 * install; the click listener is added at every start (the service worker is started
 * again for each event).
 */
export function contextMenuItem(item: { id: string; title: string; contexts: MenuContext[]; onReleaseSitesOnly?: boolean }, onClick: (tabId: number | undefined) => void): void {
  const { id, title, contexts, onReleaseSitesOnly } = item;
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id, title, contexts, ...(onReleaseSitesOnly ? { documentUrlPatterns: browser.runtime.getManifest().host_permissions ?? [] } : {}) });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id) onClick(tab?.id);
  });
}

/** The pages the manifest's own content script runs on (the Commerce sites). */
export function staticScriptMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

type RegisteredScript = Scripting.RegisteredContentScript;

/** Content scripts registered at runtime for the sites enabled at runtime. */
export const dynamicScripts = {
  registered: (ids: string[]): Promise<RegisteredScript[]> => browser.scripting.getRegisteredContentScripts({ ids }),
  register: (scripts: RegisteredScript[]): Promise<void> => browser.scripting.registerContentScripts(scripts),
  unregister: (ids: string[]): Promise<void> => browser.scripting.unregisterContentScripts({ ids }),
};
