/**
 * A card's "Open in panel": opens the side panel (Firefox: the sidebar) beside the tab
 * the card is in. The page made the annotation current before asking, so the panel
 * selects it once it has read the page. Browsers only open panels in answer to a user
 * action: the panel is opened at once, inside the click that sent the call.
 */
import type { BackgroundLink } from '../messages/links.js';
import { chromeSidePanel, firefoxSidebarAction } from '../platform/browser.js';

export function registerOpenPanel(link: BackgroundLink): void {
  link.inbox.handle('open-panel', async (_request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Only a tab can open the panel beside it.');
    const sidePanel = chromeSidePanel();
    await (sidePanel ? sidePanel.open({ tabId }) : firefoxSidebarAction()?.open());
    return null;
  });
}
