/**
 * Settings, in storage.sync so they follow the user. Read back with a schema: whatever
 * is invalid falls back to its default and the rest is kept.
 */
import { z } from 'zod';
import { AnnotationKind } from '../core/model.js';
import { browser } from '../platform/browser.js';

const KEY = 'settings';

export const Settings = z.object({
  schemaVersion: z.literal(1),
  /** Categories whose highlights are off by default. */
  hiddenKinds: z.array(AnnotationKind),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { schemaVersion: 1, hiddenKinds: ['year'] };

/** Keeps each valid field of what was stored and defaults the rest. */
export function parseSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const hidden = z.array(z.unknown()).safeParse(record.hiddenKinds);
  return {
    schemaVersion: 1,
    hiddenKinds: hidden.success
      ? hidden.data.filter((k): k is AnnotationKind => AnnotationKind.safeParse(k).success)
      : DEFAULT_SETTINGS.hiddenKinds,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return KEY in stored ? parseSettings(stored[KEY]) : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: Settings.parse(settings) });
}
