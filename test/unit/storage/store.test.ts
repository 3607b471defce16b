/** The storage module against in-memory areas that count bytes and enforce quota like the browsers. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CUSTOM, KNOWN, LEARNED, type LearnedAcronym } from '../../../src/storage/acronyms.js';
import { LOCAL_LIMITS, SYNC_LIMITS } from '../../../src/storage/area.js';
import { StorageError } from '../../../src/storage/errors.js';
import { defineRecordType } from '../../../src/storage/records.js';
import { ANNOTATION_KINDS } from '../../../src/core/model.js';
import { DEFAULT_KIND_STYLES } from '../../../src/core/reading/kind-style.js';
import { loadSettings, saveKindSetting } from '../../../src/storage/settings.js';
import { ExtensionStorage } from '../../../src/storage/store.js';
import { MemoryArea } from '../../support/memory-area.js';

function setup(localQuota = Infinity) {
  const local = new MemoryArea(localQuota);
  const sync = new MemoryArea(SYNC_LIMITS.total);
  const limits = { local: { total: Math.min(localQuota, LOCAL_LIMITS.total) }, sync: SYNC_LIMITS };
  return { local, sync, store: new ExtensionStorage({ local, sync }, { now: () => new Date('2026-11-29T12:00:00Z'), limits }) };
}

const learned = (abbr: string, expansion = `${abbr} expansion`): LearnedAcronym => ({
  abbr,
  expansion,
  releaseKey: 'commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
  releaseTitle: 'Guidelines',
  url: 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904',
  learnedAt: '2026-11-29T12:00:00.000Z',
});

describe('records', () => {
  it('round-trips a record under its own key, in an envelope with its schema version', async () => {
    const { store, local } = setup();
    await store.putRecord(LEARNED, learned('MOFCOM', 'Ministry of Commerce'));
    expect(local.raw('learned:MOFCOM')).toEqual({ schemaVersion: 1, value: learned('MOFCOM', 'Ministry of Commerce') });
    expect(await store.getRecord(LEARNED, 'MOFCOM')).toEqual(learned('MOFCOM', 'Ministry of Commerce'));
    await store.deleteRecord(LEARNED, 'MOFCOM');
    expect(await store.getRecord(LEARNED, 'MOFCOM')).toBeUndefined();
  });

  it('refuses to write an invalid record, saying why', async () => {
    const { store, local } = setup();
    await expect(store.putRecord(CUSTOM, { abbr: 'BIS', expansion: '' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(store.putRecord(CUSTOM, { abbr: 'BIS', expansion: 'x', url: 'javascript:alert(1)' })).rejects.toThrow(/url/);
    expect(local.raw('custom:BIS')).toBeUndefined();
  });

  it('keeps types apart: records of one prefix are not read as another', async () => {
    const { store } = setup();
    await store.putRecord(KNOWN, { abbr: 'BIS', at: 'now' });
    await store.putRecord(LEARNED, learned('BIS'));
    expect((await store.getRecords(KNOWN)).records).toEqual([{ abbr: 'BIS', at: 'now' }]);
    expect((await store.getRecords(LEARNED)).records).toHaveLength(1);
  });
});

describe('corruption', () => {
  it('keeps the valid records, sets the rest aside where export finds them, and reports each', async () => {
    const { store, local } = setup();
    await store.putRecord(LEARNED, learned('BIS'));
    local.plant('learned:HTWG', { schemaVersion: 1, value: { abbr: 'HTWG' } }); // truncated
    local.plant('learned:JCCT', '{"schemaVersion":1,'); // not even JSON once
    local.plant('learned:EAR', { schemaVersion: 9, value: learned('EAR') }); // from a newer version
    const { records, problems } = await store.getRecords(LEARNED);
    expect(records.map((r) => r.abbr)).toEqual(['BIS']);
    expect(problems.map((p) => p.key).sort()).toEqual(['learned:EAR', 'learned:HTWG', 'learned:JCCT']);
    expect(problems.find((p) => p.key === 'learned:EAR')?.reason).toMatch(/newer/);
    expect(problems.find((p) => p.key === 'learned:HTWG')?.reason).toMatch(/expansion/);
    // Set aside, not lost: the raw value is kept and exported.
    const aside = await store.setAsideItems();
    expect(aside.map((a) => a.key).sort()).toEqual(['learned:EAR', 'learned:HTWG', 'learned:JCCT']);
    expect(aside.find((a) => a.key === 'learned:JCCT')?.raw).toBe('{"schemaVersion":1,');
    const exported = await store.exportAll();
    expect(exported.local['quarantine:local:learned:HTWG']).toMatchObject({ raw: { schemaVersion: 1, value: { abbr: 'HTWG' } } });
    // Reported once: the next read finds only the valid record.
    expect((await store.getRecords(LEARNED)).problems).toEqual([]);
  });

  it('reads a hand-edited category setting as its default and keeps the other settings', async () => {
    const { store, sync } = setup();
    await saveKindSetting(store, 'money', { ...DEFAULT_KIND_STYLES.money, visible: false });
    sync.plant('kind:percent', { schemaVersion: 1, value: { kind: 'percent', visible: 'no' } });
    const settings = await loadSettings(store);
    // The reader's own choice for money; defaults for the rest, the unreadable percent included.
    expect(settings.hiddenKinds).toEqual(ANNOTATION_KINDS.filter((k) => k === 'money' || !DEFAULT_KIND_STYLES[k].visible));
    expect(settings.hiddenKinds).not.toContain('percent');
    expect(settings.kinds.percent).toEqual(DEFAULT_KIND_STYLES.percent);
    expect(settings.problems).toEqual([{ key: 'kind:percent', reason: expect.stringContaining('visible') }]);
  });
});

describe('quota', () => {
  it('refuses a write that would overflow storage.local with a clear error, and writes nothing', async () => {
    const { store, local } = setup(4_000);
    for (let i = 0; i < 10; i++) await store.putRecord(LEARNED, learned(`A${i}`));
    const before = local.items.size;
    const error = await store.putRecord(LEARNED, learned('BIG', 'x'.repeat(900))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/storage is full.*Export/) });
    expect(local.items.size).toBe(before);
  });

  it('counts an overwrite as the difference, so replacing a record near the limit still works', async () => {
    const { store } = setup(1_200);
    await store.putRecord(LEARNED, learned('BIS', 'x'.repeat(700)));
    await expect(store.putRecord(LEARNED, learned('BIS', 'y'.repeat(700)))).resolves.toBeUndefined();
  });

  it('refuses a synced item over 8 KB, naming the limit', async () => {
    const { store, sync } = setup();
    const Synced = defineRecordType({ prefix: 'big', area: 'sync', schema: z.object({ id: z.string(), text: z.string() }), idOf: (r) => r.id });
    await expect(store.putRecord(Synced, { id: 'a', text: 'x'.repeat(8_000) })).resolves.toBeUndefined();
    await expect(store.putRecord(Synced, { id: 'b', text: 'x'.repeat(8_200) })).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringContaining('8.0 KB per item'),
    });
    expect(sync.raw('big:b')).toBeUndefined();
  });

  it('reports a write the browser refuses (another tab filled the last bytes) as a quota error', async () => {
    const { store, local } = setup();
    await store.ready();
    local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(store.putRecord(LEARNED, learned('BIS'))).rejects.toMatchObject({ kind: 'quota' });
  });

  it('says storage is nearly full above 80 %, before writes fail', async () => {
    const { store } = setup(3_000);
    expect((await store.usage()).local.nearlyFull).toBe(false);
    for (let i = 0; i < 9; i++) await store.putRecord(LEARNED, learned(`A${i}`));
    const usage = (await store.usage()).local;
    expect(usage.bytes).toBeGreaterThan(0.8 * 3_000);
    expect(usage.total).toBe(3_000);
    expect(usage.nearlyFull).toBe(true);
  });
});

describe('concurrent writers', () => {
  it('ten contexts writing at once lose nothing', async () => {
    const { local, sync } = setup();
    const tabs = Array.from({ length: 10 }, () => new ExtensionStorage({ local, sync }));
    await Promise.all(tabs.flatMap((tab, t) => Array.from({ length: 20 }, (_, i) => tab.putRecord(LEARNED, learned(`T${t}X${i}`)))));
    const { records } = await new ExtensionStorage({ local, sync }).getRecords(LEARNED);
    expect(records).toHaveLength(200);
  });

  it('(control) the same writes to one shared list do lose updates, which is why records have their own keys', async () => {
    const local = new MemoryArea();
    await local.set({ list: [] });
    const append = async (item: string) => {
      const { list } = (await local.get('list')) as { list: string[] };
      await local.set({ list: [...list, item] });
    };
    await Promise.all(Array.from({ length: 200 }, (_, i) => append(`x${i}`)));
    expect(((await local.get('list')) as { list: string[] }).list.length).toBeLessThan(200);
  });
});

describe('data management', () => {
  it('exports everything and deletes everything', async () => {
    const { store, local, sync } = setup();
    await store.putRecord(LEARNED, learned('BIS'));
    await saveKindSetting(store, 'money', DEFAULT_KIND_STYLES.money);
    const exported = await store.exportAll();
    expect(Object.keys(exported.local)).toContain('learned:BIS');
    expect(Object.keys(exported.sync)).toContain('kind:money');
    await store.deleteAll();
    expect(local.items.size + sync.items.size).toBe(0);
  });
});
