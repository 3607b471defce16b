/**
 * The layout of storage as a whole, versioned by `schemaVersion` in storage.local, with
 * ordered pure migrations from one layout to the next. A migration gets a snapshot of
 * both areas and returns the items to set and remove; it touches nothing itself, so each
 * is tested on a frozen snapshot of the old layout.
 *
 * 1: the first layout — settings as one sync item, `settings: {schemaVersion: 1, hiddenKinds}`.
 * 2: per-record keys — `kind:<kind>` in sync, records as `{schemaVersion, value}` envelopes.
 */
import { AnnotationKind } from '../core/model.js';
import type { Areas } from './area.js';

export const LAYOUT_KEY = 'schemaVersion';
export const LAYOUT_VERSION = 2;

export interface AreasSnapshot {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

export interface LayoutChanges {
  set: { local: Record<string, unknown>; sync: Record<string, unknown> };
  remove: { local: string[]; sync: string[] };
}

export type LayoutMigration = (snapshot: AreasSnapshot, now: string) => LayoutChanges;

/** 1 → 2: the hidden categories of the one settings item become per-category records. */
export function splitSettingsIntoKindRecords(snapshot: AreasSnapshot, now: string): LayoutChanges {
  const changes: LayoutChanges = { set: { local: {}, sync: {} }, remove: { local: [], sync: [] } };
  const old = snapshot.sync.settings;
  if (old === undefined) return changes;
  changes.remove.sync.push('settings');
  const hidden = typeof old === 'object' && old !== null ? (old as { hiddenKinds?: unknown }).hiddenKinds : undefined;
  if (!Array.isArray(hidden)) {
    changes.set.local['quarantine:sync:settings'] = {
      area: 'sync',
      key: 'settings',
      reason: 'settings of schema 1 without a list of hidden categories',
      at: now,
      raw: old,
    };
    return changes;
  }
  for (const kind of hidden) {
    if (!AnnotationKind.safeParse(kind).success) continue;
    const key = `kind:${String(kind)}`;
    // A newer per-category record (another device, another tab) wins over the old item.
    if (key in snapshot.sync) continue;
    changes.set.sync[key] = { schemaVersion: 1, value: { kind, visible: false } };
  }
  return changes;
}

export const LAYOUT_MIGRATIONS: readonly LayoutMigration[] = [splitSettingsIntoKindRecords];

/** The layout the areas are in: stored, or 1 when only the skeleton's settings item is there. */
export function layoutVersionOf(stored: unknown, hasLegacySettings: boolean): number {
  if (typeof stored === 'number' && Number.isInteger(stored) && stored >= 1) return stored;
  return hasLegacySettings ? 1 : LAYOUT_VERSION;
}

export async function migrateLayout(areas: Areas, now: () => Date = () => new Date()): Promise<void> {
  const stored = (await areas.local.get(LAYOUT_KEY))[LAYOUT_KEY];
  if (stored === LAYOUT_VERSION) return;
  const hasLegacy = 'settings' in (await areas.sync.get('settings'));
  let version = layoutVersionOf(stored, hasLegacy);
  // A newer layout is left alone: an older Release Lens must not rewrite it.
  if (version > LAYOUT_VERSION) return;
  for (; version < LAYOUT_VERSION; version++) {
    const migrate = LAYOUT_MIGRATIONS[version - 1];
    if (!migrate) break;
    const changes = migrate({ local: await areas.local.get(null), sync: await areas.sync.get(null) }, now().toISOString());
    if (Object.keys(changes.set.local).length) await areas.local.set(changes.set.local);
    if (Object.keys(changes.set.sync).length) await areas.sync.set(changes.set.sync);
    if (changes.remove.local.length) await areas.local.remove(changes.remove.local);
    if (changes.remove.sync.length) await areas.sync.remove(changes.remove.sync);
  }
  await areas.local.set({ [LAYOUT_KEY]: LAYOUT_VERSION });
}
