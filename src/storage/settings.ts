/**
 * Settings, in storage.sync so they follow the user: one record per category
 * (`kind:<kind>`: shown or not, colour, underline style) and one of preferences
 * (`prefs:main`). What is not stored, or could not be read, is its default.
 */
import * as z from 'zod';
import { ANNOTATION_KINDS, AnnotationKind } from '../core/model.js';
import { defineRecordType } from './records.js';
import type { ExtensionStorage, Problem } from './store.js';

/** Underline styles: the cue that is not colour. */
export const UNDERLINE_STYLES = ['solid', 'dotted', 'dashed', 'double', 'wavy'] as const;
export const UnderlineStyle = z.enum(UNDERLINE_STYLES);
export type UnderlineStyle = z.infer<typeof UnderlineStyle>;

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

export interface KindStyle {
  visible: boolean;
  colour: string;
  underline: UnderlineStyle;
}

export const DEFAULT_KIND_STYLES: Readonly<Record<AnnotationKind, KindStyle>> = {
  acronym: { visible: true, colour: '#e6b800', underline: 'dotted' },
  person: { visible: true, colour: '#e66a00', underline: 'double' },
  organization: { visible: true, colour: '#b0479b', underline: 'solid' },
  place: { visible: true, colour: '#2a8f8f', underline: 'dashed' },
  document: { visible: true, colour: '#7a6a00', underline: 'double' },
  money: { visible: true, colour: '#00a05a', underline: 'solid' },
  percent: { visible: true, colour: '#0078ff', underline: 'dashed' },
  quantity: { visible: true, colour: '#4a7bd0', underline: 'dotted' },
  date: { visible: true, colour: '#8a4fff', underline: 'wavy' },
  year: { visible: false, colour: '#8a4fff', underline: 'wavy' },
  phone: { visible: true, colour: '#666666', underline: 'dotted' },
  email: { visible: true, colour: '#666666', underline: 'dashed' },
};

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
