/**
 * The first and cheapest test: what the address says. On a known site the address
 * decides whether the page can be a release at all, so a non-release page costs one
 * pass over a few regular expressions and no DOM read. Archived copies are judged by
 * the original address inside the archive's URL.
 */
import { unarchive } from '../release-key.js';
import { BLOG, HOME_PATH, SEARCH_PATH, SPEECH, type Layout } from './layout.js';
import { layoutsFor } from './layouts.js';

export type Address =
  /** A known site's release address. */
  | { kind: 'release'; layout: Layout; url: URL; archive?: string }
  /** A known site's other page, or any site's home page or search. */
  | { kind: 'other'; layoutId: string; what: string; url: URL; archive?: string }
  /** A site we have no layout for: only the page itself can tell. */
  | { kind: 'unknown-site'; url: URL; archive?: string };

/** Conventions most sites share, for sites without a layout. */
const GENERIC_OTHER: ReadonlyArray<readonly [RegExp, string]> = [
  [/\/blogs?\//i, BLOG],
  [/\/(?:speeches|remarks|speech-testimony|testimony)\//i, SPEECH],
];

export function classifyAddress(href: string): Address | undefined {
  const original = unarchive(href);
  let url: URL;
  try {
    url = new URL(original);
  } catch {
    return undefined;
  }
  const archive = original !== href ? hostOf(href) : undefined;
  const at = { url, ...(archive ? { archive } : {}) };
  const layouts = layoutsFor(url.hostname);
  const address = url.pathname + url.search;
  const site = layouts[0]?.site ?? url.hostname;
  const layoutId = layouts[0]?.id ?? 'generic';
  if (HOME_PATH.test(url.pathname)) return { kind: 'other', layoutId, what: `the home page of ${site}`, ...at };
  if (SEARCH_PATH.test(address)) return { kind: 'other', layoutId, what: `search results on ${site}`, ...at };
  const layout = layouts.find((l) => l.releasePaths.some((re) => re.test(address)));
  if (layout) return { kind: 'release', layout, ...at };
  for (const l of layouts) {
    const other = l.otherPaths.find(([re]) => re.test(address));
    if (other) return { kind: 'other', layoutId: l.id, what: `${other[1]} on ${l.site}`, ...at };
  }
  if (layouts.length) return { kind: 'other', layoutId, what: `not an address where ${site} keeps its releases`, ...at };
  const other = GENERIC_OTHER.find(([re]) => re.test(url.pathname));
  if (other) return { kind: 'other', layoutId, what: `${other[1]} on ${url.hostname}`, ...at };
  return { kind: 'unknown-site', ...at };
}

function hostOf(href: string): string {
  try {
    return new URL(href).hostname;
  } catch {
    return href;
  }
}
