/** Opens the library page in a new tab, at one of its views (`#/series`, `#/person/…`). */
import { browser } from '../platform/browser.js';

export const LIBRARY_PAGE = 'library.html';

export async function openLibrary(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`${LIBRARY_PAGE}${hash}`) });
}
