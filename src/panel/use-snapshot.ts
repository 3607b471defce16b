/**
 * The snapshot of the tab the panel shows, kept current as the page changes, the reader
 * switches tabs or the tab navigates; and the highlight the reader moved to in the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationKind } from '../core/model.js';
import { askTab, listen } from '../messages/channel.js';
import { ContentReply, ContentToPanel, type PanelToContent, type Snapshot } from '../messages/protocol.js';
import { browser, type Tabs } from '../platform/browser.js';
import { currentTabId, type TabTarget } from './tab.js';

export type PanelState =
  | { status: 'loading' }
  | { status: 'no-page'; reason: string; url?: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; tabId: number; snapshot: Snapshot };

export interface SnapshotHandle {
  state: PanelState;
  request(message: PanelToContent): Promise<void>;
  retry(): void;
}

function withKindVisible(snapshot: Snapshot, kind: AnnotationKind, visible: boolean): Snapshot {
  const others = snapshot.hiddenKinds.filter((k) => k !== kind);
  return { ...snapshot, hiddenKinds: visible ? others : [...others, kind] };
}

export function useSnapshot(target: TabTarget, onHighlightFocused: (id: string) => void): SnapshotHandle {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const focused = useRef(onHighlightFocused);
  focused.current = onHighlightFocused;

  const request = async (message: PanelToContent): Promise<void> => {
    // A category toggle shows its new state at once; the page's reply confirms it.
    if (message.type === 'set-kind-visible') setState((s) => (s.status === 'ready' ? { ...s, snapshot: withKindVisible(s.snapshot, message.kind, message.visible) } : s));
    const tabId = await currentTabId(target);
    if (tabId === undefined) return setState({ status: 'no-page', reason: 'There is no page in this window.' });
    const reply = await askTab(tabId, message, ContentReply);
    if (reply.ok) {
      setState(reply.value.ok ? { status: 'ready', tabId, snapshot: reply.value.snapshot } : { status: 'error', message: reply.value.error });
      // A panel opened from a card starts on that card's annotation.
      if (reply.value.ok && message.type === 'get-snapshot' && reply.value.snapshot.current) focused.current(reply.value.snapshot.current);
    } else if (reply.reason === 'invalid') {
      setState({ status: 'error', message: 'The page answered with something Release Lens could not read.' });
    } else {
      // No content script: a page outside the sites Release Lens runs on, or one still loading.
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (tab?.status === 'loading') return setState({ status: 'loading' });
      setState({ status: 'no-page', reason: 'Release Lens does not run on this page.', ...(tab?.url ? { url: tab.url } : {}) });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void request({ type: 'get-snapshot' });
    listen(
      ContentToPanel,
      async (message, sender) => {
        const tabId = await currentTabId(target);
        if (tabId === undefined || sender.tab?.id !== tabId) return undefined;
        if (message.type === 'snapshot-changed') setState({ status: 'ready', tabId, snapshot: message.snapshot });
        else focused.current(message.id);
        return undefined;
      },
      controller.signal,
    );
    const refresh = (): void => void request({ type: 'get-snapshot' });
    const onUpdated = async (tabId: number, change: Tabs.OnUpdatedChangeInfoType): Promise<void> => {
      if (tabId !== (await currentTabId(target))) return;
      if (change.status === 'loading') setState({ status: 'loading' });
      if (change.status === 'complete') refresh();
    };
    const onUpdatedListener = (tabId: number, change: Tabs.OnUpdatedChangeInfoType): void => void onUpdated(tabId, change);
    browser.tabs.onUpdated.addListener(onUpdatedListener);
    if ('follow' in target) browser.tabs.onActivated.addListener(refresh);
    controller.signal.addEventListener('abort', () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdatedListener);
    });
    return () => controller.abort();
  }, []);

  return { state, request, retry: () => void request({ type: 'get-snapshot' }) };
}
