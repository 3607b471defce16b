/**
 * Extension messaging as the typed calls use it: a small interface, so a test hands in
 * a fake instead of mocking the browser module, and one implementation over the
 * polyfill's runtime and tabs messaging.
 */
import { browser, type Runtime } from './browser.js';

/** Who sent a message: this extension (or another), from a tab or from an extension page. */
export interface Sender {
  id?: string;
  tab?: { id?: number; incognito?: boolean };
}

/** A reply (a promise) answers the message; undefined leaves it to another listener. */
export type MessageListener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

export interface Messaging {
  /** This extension's id: messages from any other sender are dropped. */
  readonly extensionId: string;
  /** To the content script of one tab. Rejects when nothing there listens. */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** To the background and the extension's pages. Rejects when nobody listens. */
  sendToExtension(message: unknown): Promise<unknown>;
  /** Listens until `signal` aborts. */
  listen(listener: MessageListener, signal?: AbortSignal): void;
}

export const browserMessaging: Messaging = {
  get extensionId() {
    return browser.runtime.id;
  },
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  sendToExtension: (message) => browser.runtime.sendMessage(message),
  listen(listener, signal) {
    const wrapped = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => listener(message, sender);
    browser.runtime.onMessage.addListener(wrapped);
    signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(wrapped));
  },
};
