/**
 * Facts of schema 1, as Release Lens stored and exported them before facts kept their
 * working (test/fixtures/facts/v1-*.json, written by that version's builders from the
 * founding release; frozen: never edit), read by today's Release Lens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJson } from '../../../src/core/export/json.js';
import { factV1ToV2 } from '../../../src/core/facts-migrate.js';
import type { Fact } from '../../../src/core/facts.js';
import { FACTS, loadFacts } from '../../../src/storage/facts.js';
import { ExtensionStorage } from '../../../src/storage/store.js';
import { readVersioned } from '../../../src/storage/versioned.js';
import { MemoryArea } from '../../support/memory-area.js';

const DIR = join(import.meta.dirname, '../../fixtures/facts');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

type V1Record = { schemaVersion: number; value: { id: string; note: string; tags: string[]; captured: string; updated: string; quote: unknown; position: unknown; citation: unknown; pinned?: Record<string, unknown> } };
const RECORDS = deepFreeze(JSON.parse(readFileSync(join(DIR, 'v1-storage-records.json'), 'utf8')) as Record<string, V1Record>);
const V1_EXPORT = readFileSync(join(DIR, 'v1-export.json'), 'utf8');

function migrated(): Fact[] {
  return Object.values(RECORDS).map((raw) => {
    const read = readVersioned(FACTS, raw);
    if (!read.ok) throw new Error(read.reason);
    expect(read.migratedFrom).toBe(1);
    return read.value;
  });
}

const byQuote = (facts: Fact[], exact: string): Fact | undefined => facts.find((f) => f.quote.exact === exact);

describe('fact schema 1 → 2', () => {
  it('reads every stored fact: nothing the reader kept is lost', () => {
    const facts = migrated();
    expect(facts).toHaveLength(Object.keys(RECORDS).length);
    for (const [i, old] of Object.values(RECORDS).entries()) {
      const { id, note, tags, captured, updated, quote, position, citation } = old.value;
      expect(facts[i]).toMatchObject({ id, note, tags, captured, updated, quote, position, citation });
    }
  });

  it('gives a pinned figure its value for reading, keeping the value, unit and detail it had', () => {
    const facts = migrated();
    expect(byQuote(facts, '$55 billion')?.pinned).toEqual({ source: 'annotation', kind: 'money', value: 55_000_000_000, unit: 'USD', display: '$55 billion', insights: [] });
    expect(byQuote(facts, 'Carlos M. Gutierrez')?.pinned).toMatchObject({ display: 'Carlos M. Gutierrez', detail: 'Secretary of Commerce' });
    expect(byQuote(facts, 'MOFCOM')?.pinned).toMatchObject({ display: 'Ministry of Commerce', detail: 'expansion source: page' });
  });

  it('moves a pinned insight’s summary to its sentence and keeps its formula', () => {
    const insight = migrated().find((f) => f.pinned?.kind === 'implied-base');
    expect(insight?.pinned).toEqual({
      source: 'insight',
      kind: 'implied-base',
      value: 41_666_666_666.67,
      unit: 'USD',
      display: '$41.67 billion',
      sentence: 'U.S. exports to China: $55 billion in 2006 after a 32% rise implies about $41.67 billion in 2005, a rise of about $13.33 billion.',
      formula: '55000000000 / (1 + 0.32)',
      inputs: [],
    });
    const weekday = migrated().find((f) => f.pinned?.kind === 'weekday');
    expect(weekday?.pinned).toMatchObject({ value: null, display: '', sentence: 'December 11, 2007 was a Tuesday, as printed.' });
  });

  it('leaves a selected passage as it was', () => {
    const old = Object.values(RECORDS).find((r) => !r.value.pinned);
    const fact = migrated().find((f) => f.kind === 'selection');
    expect(fact).toEqual(old?.value);
  });

  it('is pure: the frozen snapshot is untouched (it would throw on a write)', () => {
    for (const raw of Object.values(RECORDS)) factV1ToV2(raw.value);
    expect(Object.values(RECORDS)[0]?.value.pinned).toEqual({ source: 'annotation', kind: 'money', value: 55_000_000_000, unit: 'USD' });
  });

  it('runs against a real area: loading the facts migrates them, with no record set aside', async () => {
    const local = new MemoryArea();
    for (const [key, raw] of Object.entries(RECORDS)) local.plant(key, structuredClone(raw));
    const store = new ExtensionStorage({ local, sync: new MemoryArea() });
    const { records, problems } = await loadFacts(store);
    expect(problems).toEqual([]);
    expect(records.map((f) => f.id).sort()).toEqual(Object.values(RECORDS).map((r) => r.value.id).sort());
    expect(records.every((f) => !f.pinned || f.pinned.display !== undefined)).toBe(true);
  });

  it('imports a version 1 export as the same facts storage reads', () => {
    const back = fromJson(V1_EXPORT);
    if (!back.ok) throw new Error(back.error);
    expect(back.rejected).toEqual([]);
    expect(back.facts).toEqual(migrated());
  });
});
