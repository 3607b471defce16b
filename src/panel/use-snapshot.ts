/** The snapshot of the tab the panel shows, kept current as the page and tabs change. */
import { useEffect, useState } from 'preact/hooks';
import { listen, sendToTab } from '../messages/channel.js';
import { ContentReply, ContentToPanel, type PanelToContent, type Snapshot } from '../messages/protocol.js';
import { browser } from '../platform/browser.js';
import { currentTabId, type TabTarget } from './tab.js';

export type PanelState =
  | { status: 'loading' }
  | { status: 'no-page'; reason: string }
  | { status: 'ready'; tabId: number; snapshot: Snapshot };

export function useSnapshot(target: TabTarget): [PanelState, (message: PanelToContent) => Promise<void>] {
  const [state, setState] = useState<PanelState>({ status: 'loading' });

  const request = async (message: PanelToContent): Promise<void> => {
    const tabId = await currentTabId(target);
    if (tabId === undefined) return setState({ status: 'no-page', reason: 'There is no page in this window.' });
    try {
      const reply = await sendToTab(tabId, message, ContentReply);
      setState(reply.ok ? { status: 'ready', tabId, snapshot: reply.snapshot } : { status: 'no-page', reason: reply.error });
    } catch {
      setState({ status: 'no-page', reason: 'Release Lens does not run on this page.' });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void request({ type: 'get-snapshot' });
    listen(
      ContentToPanel,
      async (message, sender) => {
        const tabId = await currentTabId(target);
        if (sender.tab?.id === tabId && tabId !== undefined) setState({ status: 'ready', tabId, snapshot: message.snapshot });
        return undefined;
      },
      controller.signal,
    );
    const refresh = (): void => void request({ type: 'get-snapshot' });
    if ('follow' in target) browser.tabs.onActivated.addListener(refresh);
    controller.signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(refresh));
    return () => controller.abort();
  }, []);

  return [state, request];
}
