/**
 * Which sites Release Lens reads beyond the Commerce sites it asks for at install: the
 * two web archives (one switch) and any site the user turns it on for. Access to each
 * is a host permission granted at runtime, so the list of enabled sites is the browser's
 * own list of granted origins; nothing else stores it.
 */

/** Archived copies of Commerce releases; asked for together when archive support is turned on. */
export const ARCHIVE_ORIGINS = ['https://web.archive.org/*', 'https://webarchive.library.unt.edu/*'] as const;

/** The match pattern that covers one site: its scheme and exact host, every path. */
export function originPattern(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return `${url.protocol}//${url.hostname}/*`;
}

/** The host a match pattern names, for showing it. */
export function hostOfPattern(pattern: string): string {
  return /^[a-z*]+:\/\/([^/]+)\//i.exec(pattern)?.[1] ?? pattern;
}

/**
 * Granted origins that the manifest's own content script does not cover (the Commerce
 * sites, which the user cannot turn off here): the sites enabled by the user.
 */
export function userOrigins(granted: readonly string[], staticMatches: readonly string[]): string[] {
  const covered = new Set(staticMatches);
  return granted.filter((o) => !covered.has(o) && /^https?:\/\//.test(o)).sort();
}

export function archivesEnabled(granted: readonly string[]): boolean {
  return ARCHIVE_ORIGINS.every((o) => granted.includes(o));
}
