/**
 * The panel's view of stored acronym state: which acronyms the user knows (and marking
 * one), and which releases taught the learned ones. Kept current across tabs through
 * storage change events.
 */
import { useEffect, useState } from 'preact/hooks';
import { KNOWN, LEARNED, type LearnedAcronym } from '../storage/acronyms.js';
import { watchRecords, type ExtensionStorage, type Problem } from '../storage/index.js';

export interface AcronymMemory {
  known: ReadonlySet<string>;
  learned: ReadonlyMap<string, LearnedAcronym>;
  problems: Problem[];
  setKnown(abbr: string, known: boolean): Promise<void>;
}

export function useAcronymMemory(store: ExtensionStorage): AcronymMemory {
  const [known, setKnownSet] = useState<ReadonlySet<string>>(new Set());
  const [learned, setLearned] = useState<ReadonlyMap<string, LearnedAcronym>>(new Map());
  const [problems, setProblems] = useState<Problem[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    const readKnown = async (): Promise<void> => {
      const { records, problems: found } = await store.getRecords(KNOWN);
      setKnownSet(new Set(records.map((r) => r.abbr)));
      if (found.length) setProblems((p) => [...p, ...found]);
    };
    const readLearned = async (): Promise<void> => {
      const { records, problems: found } = await store.getRecords(LEARNED);
      setLearned(new Map(records.map((r) => [r.abbr, r])));
      if (found.length) setProblems((p) => [...p, ...found]);
    };
    void readKnown();
    void readLearned();
    watchRecords(KNOWN, () => void readKnown(), controller.signal);
    watchRecords(LEARNED, () => void readLearned(), controller.signal);
    return () => controller.abort();
  }, []);

  const setKnown = async (abbr: string, isKnown: boolean): Promise<void> => {
    if (isKnown) await store.putRecord(KNOWN, { abbr, at: new Date().toISOString() });
    else await store.deleteRecord(KNOWN, abbr);
    setKnownSet((old) => {
      const next = new Set(old);
      if (isKnown) next.add(abbr);
      else next.delete(abbr);
      return next;
    });
  };

  return { known, learned, problems, setKnown };
}
