/**
 * Tabs and the extension's own pages, as the panel, the library and the background use
 * them: the few calls they make, so no page reaches for `browser.tabs` itself.
 */
import { browser, type Tabs } from './browser.js';

export interface TabInfo {
  url?: string;
  status?: string;
}

export const tabs = {
  /** The tab, or undefined once it is gone. */
  get: async (tabId: number): Promise<TabInfo | undefined> => browser.tabs.get(tabId).catch(() => undefined),
  /** The active tab of a window (this one when none is named). */
  async activeIn(windowId?: number): Promise<number | undefined> {
    const [tab] = await browser.tabs.query(windowId !== undefined ? { active: true, windowId } : { active: true, currentWindow: true });
    return tab?.id;
  },
  reload: (tabId: number): Promise<void> => browser.tabs.reload(tabId),
  /** Calls `listener` as tabs load and finish loading, until `signal` aborts. */
  onStatus(listener: (tabId: number, status: string | undefined) => void, signal: AbortSignal): void {
    const wrapped = (tabId: number, change: Tabs.OnUpdatedChangeInfoType): void => listener(tabId, change.status);
    browser.tabs.onUpdated.addListener(wrapped);
    signal.addEventListener('abort', () => browser.tabs.onUpdated.removeListener(wrapped));
  },
  /** Calls `listener` when the reader switches tabs, until `signal` aborts. */
  onActivated(listener: () => void, signal: AbortSignal): void {
    browser.tabs.onActivated.addListener(listener);
    signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(listener));
  },
};

/** One of the extension's own files, by its path in the build. */
export const extensionUrl = (path: string): string => browser.runtime.getURL(path);

/** Opens one of the extension's pages in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: extensionUrl(path) });
}

export const openOptionsPage = (): Promise<void> => browser.runtime.openOptionsPage();

/** The toolbar button's click, with the tab it was clicked in. */
export function onToolbarClick(listener: (tabId: number | undefined) => void): void {
  browser.action.onClicked.addListener((tab) => listener(tab.id));
}

/** When the browser starts, and when the extension is installed or updated (`reason`). */
export function onLifecycle(listener: (event: 'startup' | 'install' | 'update' | 'other') => void): void {
  browser.runtime.onStartup.addListener(() => listener('startup'));
  browser.runtime.onInstalled.addListener(({ reason }) => listener(reason === 'install' || reason === 'update' ? reason : 'other'));
}
