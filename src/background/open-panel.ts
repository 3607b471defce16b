/**
 * A card's "Open in panel": opens the side panel (Firefox: the sidebar) beside the tab
 * the card is in. The page made the annotation current before asking, so the panel
 * selects it once it has read the page. Browsers only open panels in answer to a user
 * action: the call is made at once, inside the click that sent the message.
 */
import { listen } from '../messages/channel.js';
import { ContentRequest } from '../messages/protocol.js';
import { chromeSidePanel, firefoxSidebarAction } from '../platform/browser.js';

export function registerOpenPanel(): void {
  listen(ContentRequest, (request, sender) => {
    const tabId = sender.tab?.id;
    if (request.type !== 'open-panel' || tabId === undefined) return undefined;
    const sidePanel = chromeSidePanel();
    const opening = sidePanel ? sidePanel.open({ tabId }) : firefoxSidebarAction()?.open();
    opening?.catch((error: unknown) => console.warn('Release Lens: could not open the panel', error));
    return undefined;
  });
}
