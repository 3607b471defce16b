/**
 * The facts the panel shows: this release's, from storage, kept current as any context
 * saves, edits or deletes one; and which of them the page has placed, from the content
 * script.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Fact } from '../../core/facts.js';
import { listen, sendToTab } from '../../messages/channel.js';
import { FactsStatus, type FactsToContent } from '../../messages/protocol.js';
import { FACTS, loadFacts } from '../../storage/facts.js';
import { watchRecords, type ExtensionStorage } from '../../storage/index.js';

export interface FactsState {
  facts: Fact[];
  /** Ids the page reports as not found; empty until the page answers. */
  notFound: Set<string>;
  /** Whether the page has said where the facts are. */
  located: boolean;
  /** What went wrong reading storage, in words. */
  problems: string[];
}

export function useFacts(store: ExtensionStorage, tabId: number, releaseKey: string): FactsState {
  const [state, setState] = useState<FactsState>({ facts: [], notFound: new Set(), located: false, problems: [] });

  useEffect(() => {
    const controller = new AbortController();
    const reload = async (): Promise<void> => {
      const { records, problems } = await loadFacts(store, releaseKey);
      if (controller.signal.aborted) return;
      setState((s) => ({ ...s, facts: records, problems: problems.map((p) => `${p.key}: ${p.reason}`) }));
    };
    const located = (status: FactsStatus): void => {
      if (status.releaseKey === releaseKey) setState((s) => ({ ...s, notFound: new Set(status.notFound), located: true }));
    };
    const ask = async (): Promise<void> => {
      const message: FactsToContent = { type: 'facts-status' };
      located(await sendToTab(tabId, message, FactsStatus));
    };
    void reload();
    void ask().catch(() => undefined);
    watchRecords(FACTS, () => void reload(), controller.signal);
    listen(
      FactsStatus,
      (status, sender) => {
        if (sender.tab?.id === tabId) located(status);
        return undefined;
      },
      controller.signal,
    );
    return () => controller.abort();
  }, [tabId, releaseKey]);

  return state;
}
