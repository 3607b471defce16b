/**
 * Facts in storage.local, one record each (`fact:<id>`), so a tab saving a fact and the
 * panel editing another never overwrite each other. Reading validates every record;
 * what fails is set aside by the store and reported, never dropped.
 */
import { FACT_MIGRATIONS } from '../core/facts-migrate.js';
import { Fact } from '../core/facts.js';
import { defineRecordType } from './records.js';
import type { ExtensionStorage, Records } from './store.js';

export const FACTS = defineRecordType({ prefix: 'fact', schema: Fact, idOf: (f) => f.id, migrations: FACT_MIGRATIONS });

/** Every stored fact, or those of one release, in the order they appear in it. */
export async function loadFacts(store: ExtensionStorage, releaseKey?: string): Promise<Records<Fact>> {
  const { records, problems } = await store.getRecords(FACTS);
  const facts = releaseKey === undefined ? records : records.filter((f) => f.releaseKey === releaseKey);
  facts.sort((a, b) => a.releaseKey.localeCompare(b.releaseKey) || a.position.start - b.position.start);
  return { records: facts, problems };
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Puts imported facts into storage: a new id is added; a known id is replaced only by a
 * more recent edit, so importing an old backup never undoes newer notes.
 */
export async function importFacts(store: ExtensionStorage, facts: readonly Fact[]): Promise<ImportSummary> {
  const { records } = await store.getRecords(FACTS);
  const existing = new Map(records.map((f) => [f.id, f]));
  const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
  for (const fact of facts) {
    const old = existing.get(fact.id);
    if (old && old.updated >= fact.updated) {
      summary.unchanged++;
      continue;
    }
    await store.putRecord(FACTS, fact);
    if (old) summary.updated++;
    else summary.added++;
  }
  return summary;
}
