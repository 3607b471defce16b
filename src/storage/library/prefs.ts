/**
 * The library's settings, in storage.sync so they follow the reader: whether releases
 * are recorded at all, the sites they are not recorded on, and how long they are kept.
 * Recording is on until the reader turns it off.
 */
import * as z from 'zod';
import { releaseKey } from '../../core/release-key.js';
import { defineRecordType } from '../records.js';
import type { ExtensionStorage } from '../store.js';

export const LibraryPrefs = z.object({
  recording: z.boolean(),
  /** Sites (as release keys name them: `commerce.gov`, `bis.gov`) whose releases are not recorded. */
  offSites: z.array(z.string().min(1).max(253)).max(500),
  /** Keep releases read in the last this many months; null keeps everything. */
  keepMonths: z.number().int().min(1).max(1_200).nullable(),
});
export type LibraryPrefs = z.infer<typeof LibraryPrefs>;

export const LIBRARY_PREFS = defineRecordType({ prefix: 'library', area: 'sync', schema: LibraryPrefs, idOf: () => 'prefs' });
export const DEFAULT_LIBRARY_PREFS: LibraryPrefs = { recording: true, offSites: [], keepMonths: null };

/** The site a release belongs to, whatever address it was read at (an archive's copy is its site's). */
export function siteOf(url: string): string {
  return releaseKey(url).split(/[/?]/)[0] ?? '';
}

export function recordsAt(prefs: LibraryPrefs, url: string): boolean {
  return prefs.recording && !prefs.offSites.includes(siteOf(url));
}

export async function loadLibraryPrefs(store: ExtensionStorage): Promise<LibraryPrefs> {
  return (await store.getRecord(LIBRARY_PREFS, 'prefs')) ?? DEFAULT_LIBRARY_PREFS;
}

/** The oldest reading the retention setting keeps, or undefined when it keeps everything. */
export function retentionCutoff(prefs: Pick<LibraryPrefs, 'keepMonths'>, now: Date): Date | undefined {
  if (prefs.keepMonths === null) return undefined;
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - prefs.keepMonths);
  return cutoff;
}
