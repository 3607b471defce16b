/**
 * Which tab the panel shows. A panel opened as a page of its own (tests, a popped-out
 * window) names its tab in `?tab=ID`; the docked panel follows the active tab.
 */
import { browser } from '../platform/browser.js';

export type TabTarget = { fixed: number } | { follow: true };

export function resolveTabId(search: string): TabTarget {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? { fixed: id } : { follow: true };
}

export async function currentTabId(target: TabTarget): Promise<number | undefined> {
  if ('fixed' in target) return target.fixed;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
