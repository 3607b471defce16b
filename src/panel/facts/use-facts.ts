/**
 * The facts the panel shows: this release's, from storage, kept current as any context
 * saves, edits or deletes one; and which of them the page has placed, from the content
 * script.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Fact } from '../../core/facts.js';
import type { PanelLink } from '../../messages/links.js';
import type { FactsStatus } from '../../messages/protocol.js';
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

export function useFacts(store: ExtensionStorage, link: PanelLink, tabId: number, releaseKey: string): FactsState {
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
      // A page that cannot say (not a release, still starting) says so later, with facts-status-changed.
      const status = await link.tab(tabId).call('facts-status', {});
      if (status.ok) located(status.value);
    };
    void reload();
    void ask();
    watchRecords(FACTS, () => void reload(), controller.signal);
    link.inbox.handle(
      'facts-status-changed',
      (status, sender) => {
        if (sender.tab?.id === tabId) located(status);
        return null;
      },
      controller.signal,
    );
    return () => controller.abort();
  }, [tabId, releaseKey]);

  return state;
}
