/**
 * The background's part in facts: "Save selection as a fact" in the page's context menu
 * (release sites only). The content script holds the page's text, so the menu's click
 * is handed to the tab's facts feature, which opens its editor.
 */
import type { BackgroundLink } from '../messages/links.js';
import { contextMenuItem } from '../platform/browser.js';

export function registerFacts(link: BackgroundLink): void {
  contextMenuItem({ id: 'release-lens-save-fact', title: 'Save selection as a fact', contexts: ['selection'], onReleaseSitesOnly: true }, (tabId) => {
    // A page the content script does not run on has nobody to answer: nothing to do.
    if (tabId !== undefined) link.tab(tabId).tell('facts-save-selection', {});
  });
}
