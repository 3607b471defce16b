/**
 * Finding a passage of the page's text, however Release Lens painted it (highlight
 * ranges leave no element to aim at): its first occurrence inside one text node.
 */
import type { Page } from 'playwright-core';

/** Scrolls the first occurrence of `text` into view and returns its centre, in viewport pixels. */
export async function pointOfText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(t) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return undefined;
  }, text);
  if (!point) throw new Error(`"${text}" is not in the page`);
  return point;
}

/** Selects the first occurrence of `text`, as a reader's drag would. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(t) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in the page`);
}
