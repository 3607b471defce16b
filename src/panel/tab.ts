/**
 * Which tab the panel shows. The docked panel follows the active tab of its window; a
 * panel opened as a page of its own (tests, a popped-out window) names its tab in
 * `?tab=ID`, or the window whose active tab it follows in `?window=ID`.
 */
import { tabs } from '../platform/tabs.js';

export type TabTarget = { fixed: number } | { follow: true; windowId?: number };

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

export function resolveTabId(search: string): TabTarget {
  const params = new URLSearchParams(search);
  const tab = positiveInt(params.get('tab'));
  if (tab !== undefined) return { fixed: tab };
  const windowId = positiveInt(params.get('window'));
  return windowId !== undefined ? { follow: true, windowId } : { follow: true };
}

export async function currentTabId(target: TabTarget): Promise<number | undefined> {
  if ('fixed' in target) return target.fixed;
  return tabs.activeIn(target.windowId);
}
