/**
 * Acronyms the user's reading has taught Release Lens (`learned:<ABBR>`: a page defined
 * it), the ones the user added (`custom:<ABBR>`), and the ones they know
 * (`known:<ABBR>`: their highlights are hidden everywhere). One record per acronym, so
 * tabs learning different acronyms at once never collide.
 */
import * as z from 'zod';
import { defineRecordType } from './records.js';
import type { ExtensionStorage } from './store.js';

const Abbr = z.string().min(1).max(20).regex(/^[A-Za-z0-9&./-]+$/);

export const LearnedAcronym = z.object({
  abbr: Abbr,
  expansion: z.string().min(1).max(1_000),
  /** The release that defined it, by releaseKey, and how it was titled. */
  releaseKey: z.string().max(8_000),
  releaseTitle: z.string().max(2_000),
  url: z.string().max(8_000),
  learnedAt: z.string().max(40),
});
export type LearnedAcronym = z.infer<typeof LearnedAcronym>;

export const CustomAcronym = z.object({
  abbr: Abbr,
  expansion: z.string().min(1).max(1_000),
  description: z.string().max(2_000).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
});
export type CustomAcronym = z.infer<typeof CustomAcronym>;

export const KnownAcronym = z.object({ abbr: Abbr, at: z.string().max(40) });
export type KnownAcronym = z.infer<typeof KnownAcronym>;

export const LEARNED = defineRecordType({ prefix: 'learned', schema: LearnedAcronym, idOf: (a) => a.abbr });
export const CUSTOM = defineRecordType({ prefix: 'custom', schema: CustomAcronym, idOf: (a) => a.abbr });
export const KNOWN = defineRecordType({ prefix: 'known', schema: KnownAcronym, idOf: (a) => a.abbr });

/** What extraction needs from storage: learned and user acronyms, abbreviation → expansion. */
export async function loadAcronymSources(store: ExtensionStorage): Promise<{ learned: Map<string, string>; user: Map<string, string> }> {
  const [learned, custom] = await Promise.all([store.getRecords(LEARNED), store.getRecords(CUSTOM)]);
  return {
    learned: new Map(learned.records.map((r) => [r.abbr, r.expansion])),
    user: new Map(custom.records.map((r) => [r.abbr, r.expansion])),
  };
}

export function isAbbr(text: string): boolean {
  return Abbr.safeParse(text).success;
}
