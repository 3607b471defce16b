/**
 * One key per release, whatever address it was read at: the print view, the archive
 * era's host and an archived copy of the same release share stored state.
 */

/** Archive services whose URLs carry the original address after a timestamp. */
const ARCHIVE_PREFIX = /^https?:\/\/(?:web\.archive\.org|webarchive\.library\.unt\.edu)\/(?:web\/)?(?:eot\d*\/)?\d{8,14}[a-z_]*\/(.+)$/i;
/** Era archives of commerce.gov keep the paths the live site had. */
const COMMERCE_ERA_HOST = /^(?:\d{4}-\d{4}\.)?(?:www\.)?commerce\.gov$/i;
const PRINT_PARAMS = ['format_for_print', 'print'];

/** The original address inside an archive URL, or the URL itself. */
export function unarchive(href: string): string {
  const m = ARCHIVE_PREFIX.exec(href);
  if (!m?.[1]) return href;
  // The UNT archive writes the original's scheme with one slash (`http:/www.commerce.gov/…`).
  const inner = m[1].replace(/^(https?):\/+/i, '$1://');
  return /^https?:\/\//i.test(inner) ? inner : `https://${inner}`;
}

export function releaseKey(href: string): string {
  let url: URL;
  try {
    url = new URL(unarchive(href));
  } catch {
    return href;
  }
  const host = COMMERCE_ERA_HOST.test(url.hostname) ? 'commerce.gov' : url.hostname.toLowerCase().replace(/^www\./, '');
  for (const p of PRINT_PARAMS) url.searchParams.delete(p);
  url.searchParams.sort();
  const query = url.searchParams.toString();
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host}${path}${query ? `?${query}` : ''}`;
}
