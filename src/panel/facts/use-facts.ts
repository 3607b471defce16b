/**
 * The facts the panel shows: this release's, from storage, kept current as any context
 * saves, edits or deletes one; how many there are in every release; which of them the
 * page has placed and which of its findings each pin is, from the content script; and
 * pinning a finding, or citing it, through the page, which holds its text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CitedCopy } from '../../core/facts-copy.js';
import type { Fact } from '../../core/facts.js';
import type { PanelLink } from '../../messages/links.js';
import type { FactsStatus } from '../../messages/protocol.js';
import { FACTS, loadFacts } from '../../storage/facts.js';
import { watchRecords, type ExtensionStorage } from '../../storage/index.js';
import { errorText } from '../../core/error-text.js';

export interface FactsState {
  facts: Fact[];
  /** How many facts are stored for every release. */
  total: number;
  /** Ids the page reports as not found; empty until the page answers. */
  notFound: Set<string>;
  /** Each pinned finding of the page (annotation or insight id) and the id of its fact. */
  pins: Map<string, string>;
  /** Whether the page has said where the facts are. */
  located: boolean;
  /** What went wrong reading storage, in words. */
  problems: string[];
}

export interface FactsHandle extends FactsState {
  /** Pins an insight, or a figure without the insights in `leaveOut`; resolves to a problem to show, or null when pinned. */
  pin(target: { insightId: string } | { annotationId: string; leaveOut?: string[] }): Promise<string | null>;
  /** Removes a fact; resolves to a problem to show, or null. */
  remove(fact: Fact): Promise<string | null>;
  /** An insight as the page cites it (its fact's words, pinned or not), or a problem to show. */
  cite(target: { insightId: string }): Promise<{ ok: true; value: CitedCopy } | { ok: false; error: string }>;
}

export function useFacts(store: ExtensionStorage, link: PanelLink, tabId: number, releaseKey: string): FactsHandle {
  const [state, setState] = useState<FactsState>({ facts: [], total: 0, notFound: new Set(), pins: new Map(), located: false, problems: [] });

  const located = (status: FactsStatus): void => {
    if (status.releaseKey !== releaseKey) return;
    const pins = new Map((status.pins ?? []).map((p) => [p.finding, p.fact]));
    setState((s) => ({ ...s, notFound: new Set(status.notFound), pins, located: true }));
  };

  useEffect(() => {
    if (tabId < 0) return undefined;
    const controller = new AbortController();
    const reload = async (): Promise<void> => {
      const { records, problems } = await loadFacts(store);
      if (controller.signal.aborted) return;
      const facts = records.filter((f) => f.releaseKey === releaseKey);
      setState((s) => ({ ...s, facts, total: records.length, problems: problems.map((p) => `${p.key}: ${p.reason}`) }));
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

  const pin: FactsHandle['pin'] = async (target) => {
    const reply = await link.tab(tabId).call('facts-pin', target);
    if (reply.ok) {
      located(reply.value.status);
      return null;
    }
    if (reply.reason === 'refused') return reply.error;
    return reply.reason === 'unreachable'
      ? 'The page did not answer: reload it, then pin again.'
      : 'The page answered with something Release Lens could not read: reload it, then pin again.';
  };

  const cite: FactsHandle['cite'] = async (target) => {
    const reply = await link.tab(tabId).call('facts-cite', target);
    if (reply.ok) return reply;
    return { ok: false, error: reply.reason === 'refused' ? reply.error : 'The page did not answer: reload it, then copy again.' };
  };

  const remove: FactsHandle['remove'] = async (fact) => {
    try {
      await store.deleteRecord(FACTS, fact.id);
      return null;
    } catch (e) {
      return `Not removed: ${errorText(e)}. Try again.`;
    }
  };

  return { ...state, pin, remove, cite };
}
