/** Every migration, run on a frozen snapshot of the shape it migrates from. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LAYOUT_VERSION, migrateLayout, splitSettingsIntoKindRecords } from '../../../src/storage/layout.js';
import { defineRecordType } from '../../../src/storage/records.js';
import { ANNOTATION_KINDS } from '../../../src/core/model.js';
import { DEFAULT_KIND_STYLES } from '../../../src/core/reading/kind-style.js';
import { loadSettings } from '../../../src/storage/settings.js';
import { ExtensionStorage } from '../../../src/storage/store.js';
import { readVersioned } from '../../../src/storage/versioned.js';
import { MemoryArea } from '../../support/memory-area.js';

/** storage.sync as the walking skeleton (layout 1) left it. Frozen: never edit. */
const SKELETON_SYNC = Object.freeze({ settings: Object.freeze({ schemaVersion: 1, hiddenKinds: Object.freeze(['year', 'percent']) }) });
const NOW = '2026-11-29T12:00:00.000Z';

describe('layout 1 → 2: the one settings item becomes per-category records', () => {
  it('turns each hidden category into a hidden kind record and removes the old item', () => {
    const changes = splitSettingsIntoKindRecords({ local: {}, sync: SKELETON_SYNC }, NOW);
    expect(changes.set.sync).toEqual({
      'kind:year': { schemaVersion: 1, value: { kind: 'year', visible: false } },
      'kind:percent': { schemaVersion: 1, value: { kind: 'percent', visible: false } },
    });
    expect(changes.remove.sync).toEqual(['settings']);
    expect(changes.set.local).toEqual({});
  });

  it('is pure: the snapshot it reads is untouched', () => {
    const snapshot = structuredClone({ local: {}, sync: SKELETON_SYNC });
    splitSettingsIntoKindRecords(snapshot, NOW);
    expect(snapshot).toEqual({ local: {}, sync: SKELETON_SYNC });
  });

  it('keeps a newer per-category record over the old item', () => {
    const sync = { ...SKELETON_SYNC, 'kind:year': { schemaVersion: 1, value: { kind: 'year', visible: true } } };
    expect(Object.keys(splitSettingsIntoKindRecords({ local: {}, sync }, NOW).set.sync)).toEqual(['kind:percent']);
  });

  it('drops unknown categories and sets aside a settings item it cannot read', () => {
    const unknownKind = splitSettingsIntoKindRecords({ local: {}, sync: { settings: { schemaVersion: 1, hiddenKinds: ['year', 'weather'] } } }, NOW);
    expect(Object.keys(unknownKind.set.sync)).toEqual(['kind:year']);
    const garbled = splitSettingsIntoKindRecords({ local: {}, sync: { settings: 'hidden=year' } }, NOW);
    expect(garbled.set.local['quarantine:sync:settings']).toMatchObject({ key: 'settings', raw: 'hidden=year' });
    expect(garbled.remove.sync).toEqual(['settings']);
  });

  it('runs against real areas: the skeleton user keeps their hidden categories and gets the new layout', async () => {
    const local = new MemoryArea();
    const sync = new MemoryArea();
    sync.plant('settings', SKELETON_SYNC.settings);
    const store = new ExtensionStorage({ local, sync });
    const settings = await loadSettings(store);
    // Their two choices, and today's defaults for the categories they never set.
    expect(settings.hiddenKinds).toEqual(ANNOTATION_KINDS.filter((k) => k === 'percent' || k === 'year' || !DEFAULT_KIND_STYLES[k].visible));
    expect(settings.hiddenKinds).toContain('percent');
    expect(local.raw('schemaVersion')).toBe(LAYOUT_VERSION);
    expect(sync.raw('settings')).toBeUndefined();
  });

  it('leaves a layout from a newer Release Lens alone', async () => {
    const local = new MemoryArea();
    const sync = new MemoryArea();
    local.plant('schemaVersion', LAYOUT_VERSION + 1);
    sync.plant('settings', { future: true });
    await migrateLayout({ local, sync });
    expect(sync.raw('settings')).toEqual({ future: true });
    expect(local.raw('schemaVersion')).toBe(LAYOUT_VERSION + 1);
  });

  it('gives a fresh install the current layout without migrating', async () => {
    const local = new MemoryArea();
    await migrateLayout({ local, sync: new MemoryArea() });
    expect(local.raw('schemaVersion')).toBe(LAYOUT_VERSION);
  });
});

describe('record migrations', () => {
  // A record type whose shape changed twice, as a later issue's would.
  const Note = defineRecordType({
    prefix: 'note',
    schema: z.object({ id: z.string(), text: z.string(), tags: z.array(z.string()) }),
    idOf: (n) => n.id,
    migrations: [
      (v1) => ({ id: (v1 as { id: string }).id, text: (v1 as { body: string }).body }),
      (v2) => ({ ...(v2 as object), tags: [] }),
    ],
  });
  const V1 = Object.freeze({ schemaVersion: 1, value: Object.freeze({ id: 'n1', body: 'hello' }) });

  it('runs the migrations in order from the stored version', () => {
    expect(readVersioned(Note, V1)).toEqual({ ok: true, value: { id: 'n1', text: 'hello', tags: [] }, migratedFrom: 1 });
    expect(readVersioned(Note, { schemaVersion: 2, value: { id: 'n1', text: 'hi' } })).toMatchObject({ ok: true, migratedFrom: 2 });
  });

  it('refuses a record from a newer version, or with no version, with a reason', () => {
    expect(readVersioned(Note, { schemaVersion: 4, value: {} })).toMatchObject({ ok: false, reason: expect.stringContaining('newer') });
    expect(readVersioned(Note, { id: 'n1' })).toMatchObject({ ok: false, reason: expect.stringContaining('schemaVersion') });
  });

  it('reports a migration that throws instead of throwing', () => {
    const result = readVersioned(Note, { schemaVersion: 1, value: null });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('migration from schema 1 failed') });
  });
});
