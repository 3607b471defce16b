/** Opens the library page in a new tab, at one of its views (`#/series`, `#/person/…`). */
import { openExtensionPage } from '../platform/tabs.js';

export const LIBRARY_PAGE = 'library.html';

export async function openLibrary(hash = ''): Promise<void> {
  await openExtensionPage(`${LIBRARY_PAGE}${hash}`);
}
