/**
 * Background (Chrome service worker / Firefox event page). Keeps no state in globals:
 * the service worker is stopped when idle.
 */
import { browser, chromeSidePanel, firefoxSidebarAction } from '../platform/browser.js';
import { registerFacts } from './facts.js';
import { registerLibrary } from './library.js';
import { registerOpenPanel } from './open-panel.js';
import { keepSiteScriptsInSync } from '../sites/site-access.js';

const sidePanel = chromeSidePanel();
if (sidePanel) {
  // Chrome opens the panel itself on a toolbar click, inside the user gesture.
  void sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
} else {
  browser.action.onClicked.addListener(() => void firefoxSidebarAction()?.toggle());
}

registerFacts();
registerLibrary();
registerOpenPanel();
// Sites turned on at runtime get their content script; turned off (here or in the browser's settings), lose it.
keepSiteScriptsInSync();
