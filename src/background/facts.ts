/**
 * The background's part in facts: "Save selection as a fact" in the page's context menu
 * (release sites only), and the cards' "Pin as fact". The content script holds the
 * page's text, so both are handed back to the tab's facts feature, which builds the fact.
 * Listeners are registered at load: the service worker is started again for each event.
 */
import { listen } from '../messages/channel.js';
import { ContentRequest, type FactsToContent } from '../messages/protocol.js';
import { browser } from '../platform/browser.js';

const MENU_ID = 'release-lens-save-fact';

function tellTab(tabId: number, message: FactsToContent): void {
  // A page the content script does not run on has nobody to answer: nothing to do.
  browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

export function registerFacts(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Save selection as a fact',
      contexts: ['selection'],
      documentUrlPatterns: browser.runtime.getManifest().host_permissions ?? [],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) tellTab(tab.id, { type: 'facts-save-selection' });
  });
  listen(ContentRequest, (request, sender) => {
    if (request.type === 'pin-annotation' && sender.tab?.id !== undefined) tellTab(sender.tab.id, { type: 'facts-pin', annotationId: request.annotation.id });
    return undefined;
  });
}
