/**
 * The library as one JSON file: what "Export library" writes, what "Import" and
 * `release-lens annotate --format library` read and write. A file is taken whole or not
 * at all: one invalid release refuses it, with the reason, so nothing is half-imported.
 */
import * as z from 'zod';
import { assemble, LibraryEntry, LibraryText, type StoredRelease } from './record.js';

export const LIBRARY_FORMAT = 'release-lens/library@1';
export const MAX_FILE_RELEASES = 100_000;

export const LibraryFileRelease = z.object({ entry: LibraryEntry, text: LibraryText });
export type LibraryFileRelease = z.infer<typeof LibraryFileRelease>;

export const LibraryFile = z.object({
  format: z.literal(LIBRARY_FORMAT),
  exportedAt: z.iso.datetime(),
  releases: z.array(LibraryFileRelease).max(MAX_FILE_RELEASES),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

export function libraryFile(releases: readonly Pick<StoredRelease, 'entry' | 'text'>[], now: Date): LibraryFile {
  return { format: LIBRARY_FORMAT, exportedAt: now.toISOString(), releases: releases.map(({ entry, text }) => ({ entry, text })) };
}

export type ParsedLibraryFile = { ok: true; file: LibraryFile } | { ok: false; error: string };

/** Reads a file's text; a foreign or damaged file is an error a reader can act on, never an exception. */
export function parseLibraryFile(json: string): ParsedLibraryFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not JSON: it is not a Release Lens library file (or it was cut short).' };
  }
  const format = typeof raw === 'object' && raw !== null && 'format' in raw ? (raw as { format: unknown }).format : undefined;
  if (format !== LIBRARY_FORMAT) {
    const what = typeof format === 'string' ? `a “${format.slice(0, 80)}” file` : 'not a Release Lens library file';
    return { ok: false, error: `Not imported: this is ${what}. Choose a file made by “Export library” or release-lens annotate --format library.` };
  }
  const parsed = LibraryFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown';
    return { ok: false, error: `Not imported: the file is damaged (${where}). Nothing in your library was changed.` };
  }
  for (const { entry, text } of parsed.data.releases) {
    if (entry.key !== text.key) return { ok: false, error: `Not imported: the file is damaged (a release's text belongs to another release, ${entry.key.slice(0, 200)}). Nothing in your library was changed.` };
  }
  return { ok: true, file: parsed.data };
}

/**
 * A release from a file, stored as this version of Release Lens stores it: the entry's
 * citation and reading dates as the file has them, everything derived from the findings
 * (counts, entities, series, size) derived again.
 */
export function restoredRelease({ entry, text }: LibraryFileRelease): StoredRelease {
  return assemble(citationOf(entry), text);
}

/** The entry without what is derived from the findings. */
function citationOf(entry: LibraryEntry): Parameters<typeof assemble>[0] {
  return {
    key: entry.key,
    url: entry.url,
    title: entry.title,
    ...(entry.agency ? { agency: entry.agency } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    layout: entry.layout,
    kind: entry.kind,
    firstRead: entry.firstRead,
    lastRead: entry.lastRead,
    ...(entry.truncated ? { truncated: true } : {}),
  };
}

export type Merge = { action: 'add' | 'replace'; release: StoredRelease } | { action: 'first-read'; firstRead: string } | { action: 'keep' };

/**
 * Merging by release key: a release not stored is added; one read later than the stored
 * copy replaces it; an older copy changes nothing but an earlier first reading.
 */
export function mergeRelease(current: Pick<LibraryEntry, 'firstRead' | 'lastRead'> | undefined, incoming: StoredRelease): Merge {
  if (!current) return { action: 'add', release: incoming };
  const firstRead = current.firstRead < incoming.entry.firstRead ? current.firstRead : incoming.entry.firstRead;
  if (incoming.entry.lastRead > current.lastRead) return { action: 'replace', release: { ...incoming, entry: { ...incoming.entry, firstRead } } };
  return firstRead === current.firstRead ? { action: 'keep' } : { action: 'first-read', firstRead };
}
