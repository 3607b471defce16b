/**
 * Background (Chrome service worker / Firefox event page). Keeps no state in globals:
 * the service worker is stopped when idle.
 */
import { chromeSidePanel, firefoxSidebarAction } from '../platform/browser.js';
import { onToolbarClick } from '../platform/tabs.js';
import { registerFacts } from './facts.js';
import { registerLibrary } from './library.js';
import { registerOpenPanel } from './open-panel.js';
import { keepSiteScriptsInSync } from '../sites/site-access.js';
import { backgroundLink } from '../messages/links.js';
import { browserMessaging } from '../platform/messaging.js';

const sidePanel = chromeSidePanel();
if (sidePanel) {
  // The panel is opened from the click rather than by Chrome's own panel behaviour: only
  // a click the extension handles grants activeTab, which lets the panel read the tab's
  // address and offer to turn Release Lens on for a site it does not run on. open() is
  // called synchronously, inside the click's user gesture.
  void sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
  onToolbarClick((tabId) => {
    if (tabId !== undefined) void sidePanel.open({ tabId });
  });
} else {
  onToolbarClick(() => void firefoxSidebarAction()?.toggle());
}

// Listeners are added at load: the service worker is started again for each event.
const link = backgroundLink(browserMessaging);
registerFacts(link);
registerLibrary(link);
registerOpenPanel(link);
// Sites turned on at runtime get their content script; turned off (here or in the browser's settings), lose it.
keepSiteScriptsInSync();
