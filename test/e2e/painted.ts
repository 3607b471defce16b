/** Where Release Lens painted, for tests of the release's boundary. */
import type { Page } from 'playwright-core';

/** How many painted annotations (CSS highlights or fallback marks, any category) start inside `selector`. */
export function paintedIn(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let n = document.querySelectorAll(`${sel} release-lens-mark`).length;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('release-lens-')) return;
      highlight.forEach((range) => {
        const start = (range as AbstractRange).startContainer;
        if ((start instanceof Element ? start : start.parentElement)?.closest(sel)) n++;
      });
    });
    return n;
  }, selector);
}
