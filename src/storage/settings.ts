/**
 * Settings, in storage.sync so they follow the user: one record per category
 * (`kind:<kind>`: shown or not, colour, underline style) and one of preferences
 * (`prefs:main`). What is not stored, or could not be read, is its default.
 */
import * as z from 'zod';
import { ANNOTATION_KINDS, AnnotationKind } from '../core/model.js';
import { DEFAULT_KIND_STYLES, UNDERLINE_STYLES, type KindStyle } from '../core/reading/kind-style.js';
import { defineRecordType } from './records.js';
import type { ExtensionStorage, Problem } from './store.js';

export const UnderlineStyle = z.enum(UNDERLINE_STYLES);

export const KindSetting = z.object({
  kind: AnnotationKind,
  visible: z.boolean(),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i).optional(),
  underline: UnderlineStyle.optional(),
});
export type KindSetting = z.infer<typeof KindSetting>;

export const KIND_SETTINGS = defineRecordType({ prefix: 'kind', area: 'sync', schema: KindSetting, idOf: (k) => k.kind });

export const Preferences = z.object({
  /** Single-key shortcuts in the panel; off for people whose assistive tools use the same keys. */
  shortcuts: z.boolean(),
});
export type Preferences = z.infer<typeof Preferences>;

export const PREFERENCES = defineRecordType({ prefix: 'prefs', area: 'sync', schema: Preferences, idOf: () => 'main' });

export const DEFAULT_PREFERENCES: Preferences = { shortcuts: true };

export interface Settings {
  kinds: Record<AnnotationKind, KindStyle>;
  /** The categories whose highlights are off. */
  hiddenKinds: AnnotationKind[];
  preferences: Preferences;
  problems: Problem[];
}

export async function loadSettings(store: ExtensionStorage): Promise<Settings> {
  const { records, problems } = await store.getRecords(KIND_SETTINGS);
  const kinds = { ...DEFAULT_KIND_STYLES };
  for (const r of records) kinds[r.kind] = { ...kinds[r.kind], ...withoutUndefined(r) };
  const preferences = (await store.getRecord(PREFERENCES, 'main')) ?? DEFAULT_PREFERENCES;
  const hiddenKinds = ANNOTATION_KINDS.filter((k) => !kinds[k].visible);
  return { kinds, hiddenKinds, preferences, problems };
}

function withoutUndefined(record: KindSetting): Partial<KindStyle> {
  const out: Partial<KindStyle> = { visible: record.visible };
  if (record.colour) out.colour = record.colour;
  if (record.underline) out.underline = record.underline;
  return out;
}

/** Writes one category's whole setting; other categories are separate items and stay as they are. */
export function saveKindSetting(store: ExtensionStorage, kind: AnnotationKind, style: KindStyle): Promise<void> {
  return store.putRecord(KIND_SETTINGS, { kind, ...style });
}

export function savePreferences(store: ExtensionStorage, preferences: Preferences): Promise<void> {
  return store.putRecord(PREFERENCES, preferences);
}
