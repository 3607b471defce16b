/**
 * The snapshot of the tab the panel shows, kept current as the page changes, the reader
 * switches tabs or the tab navigates; and the highlight the reader moved to in the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationKind } from '../core/model.js';
import type { PanelToContent } from '../messages/calls.js';
import type { PanelLink } from '../messages/links.js';
import type { Snapshot } from '../messages/protocol.js';
import type { CallName, RequestOf } from '../messages/rpc.js';
import { tabs } from '../platform/tabs.js';
import { currentTabId, type TabTarget } from './tab.js';

export type PanelState =
  | { status: 'loading' }
  | { status: 'no-page'; reason: string; url?: string }
  | { status: 'error'; message: string }
  | { status: 'ready'; tabId: number; snapshot: Snapshot };

/** The page's calls that answer with its snapshot. */
export type SnapshotCall = 'get-snapshot' | 'set-kind-visible' | 'reveal' | 'set-enabled';

export interface SnapshotHandle {
  state: PanelState;
  request<K extends SnapshotCall>(name: K, request: RequestOf<PanelToContent, K>): Promise<void>;
  retry(): void;
}

function withKindVisible(snapshot: Snapshot, kind: AnnotationKind, visible: boolean): Snapshot {
  const others = snapshot.hiddenKinds.filter((k) => k !== kind);
  return { ...snapshot, hiddenKinds: visible ? others : [...others, kind] };
}

export function useSnapshot(target: TabTarget, link: PanelLink, onHighlightFocused: (id: string) => void): SnapshotHandle {
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const focused = useRef(onHighlightFocused);
  focused.current = onHighlightFocused;
  // Replies can come back out of order (a slow page, then a tab switch): only the latest request's shows.
  const latest = useRef(0);

  const request = async <K extends SnapshotCall>(name: K, message: RequestOf<PanelToContent, K>): Promise<void> => {
    const asked = ++latest.current;
    const stale = () => asked !== latest.current;
    // A category toggle shows its new state at once; the page's reply confirms it.
    if (name === 'set-kind-visible') {
      const { kind, visible } = message as RequestOf<PanelToContent, 'set-kind-visible'>;
      setState((s) => (s.status === 'ready' ? { ...s, snapshot: withKindVisible(s.snapshot, kind, visible) } : s));
    }
    const tabId = await currentTabId(target);
    if (stale()) return;
    if (tabId === undefined) return setState({ status: 'no-page', reason: 'There is no page in this window.' });
    const reply = await link.tab(tabId).call<CallName<PanelToContent>>(name, message);
    if (stale()) return;
    if (reply.ok) {
      const snapshot = reply.value as Snapshot;
      setState({ status: 'ready', tabId, snapshot });
      // A panel opened from a card starts on that card's annotation.
      if (name === 'get-snapshot' && snapshot.current) focused.current(snapshot.current);
    } else if (reply.reason === 'refused') {
      setState({ status: 'error', message: reply.error });
    } else if (reply.reason === 'invalid') {
      setState({ status: 'error', message: 'The page answered with something Release Lens could not read.' });
    } else {
      // No content script: a page outside the sites Release Lens runs on, or one still loading.
      const tab = await tabs.get(tabId);
      if (stale()) return;
      if (tab?.status === 'loading') return setState({ status: 'loading' });
      setState({ status: 'no-page', reason: 'Release Lens does not run on this page.', ...(tab?.url ? { url: tab.url } : {}) });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void request('get-snapshot', {});
    // News from a page counts only from the tab the panel shows.
    const fromShownTab = async (tabId: number | undefined): Promise<number | undefined> => {
      const shown = await currentTabId(target);
      return shown !== undefined && tabId === shown ? shown : undefined;
    };
    link.inbox.handle(
      'snapshot-changed',
      async ({ snapshot }, sender) => {
        const tabId = await fromShownTab(sender.tab?.id);
        if (tabId !== undefined) setState({ status: 'ready', tabId, snapshot });
        return null;
      },
      controller.signal,
    );
    link.inbox.handle(
      'highlight-focused',
      async ({ id }, sender) => {
        if ((await fromShownTab(sender.tab?.id)) !== undefined) focused.current(id);
        return null;
      },
      controller.signal,
    );
    const refresh = (): void => void request('get-snapshot', {});
    const onStatus = async (tabId: number, status: string | undefined): Promise<void> => {
      if (tabId !== (await currentTabId(target))) return;
      if (status === 'loading') setState({ status: 'loading' });
      if (status === 'complete') refresh();
    };
    tabs.onStatus((tabId, status) => void onStatus(tabId, status), controller.signal);
    if ('follow' in target) tabs.onActivated(refresh, controller.signal);
    return () => controller.abort();
  }, []);

  return { state, request, retry: () => void request('get-snapshot', {}) };
}
