/**
 * When to detect: once at load, again while a page that may still become a release
 * builds its content (a bounded wait on its changes), and again after each soft
 * navigation (the content script's session restarts on `onSoftNavigation`). A page whose address already rules it out gets no observer at all, so a
 * non-release page costs one pass over the address patterns.
 */
import { classifyAddress } from '../core/detect/address.js';
import { detect, type Detection } from '../page/detect/detect.js';
import { PageChanges } from './page-changes.js';

/** Client-rendered newsrooms show their release within a few seconds, or not at all. */
export const LATE_CONTENT_WAIT_MS = 8_000;
/** Mutations come in bursts; detecting once per burst keeps the wait cheap. */
const SETTLE_MS = 150;

/** The verdict on the page at `href`, waiting for late content when the address allows a release. */
export function waitForRelease(doc: Document, href: string, waitMs: number, signal: AbortSignal): Promise<Detection> {
  const first = detect(doc, href);
  const address = classifyAddress(href);
  if (first.release.isRelease || !address || address.kind === 'other' || waitMs <= 0) return Promise.resolve(first);
  return new Promise((resolve) => {
    const watching = new AbortController();
    const finish = (detection: Detection): void => {
      watching.abort();
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      resolve(detection);
    };
    // Once a burst began, not once it ended: a page that never stops changing is still read.
    new PageChanges(doc.documentElement).subscribe(
      { quietMs: SETTLE_MS, maxWaitMs: SETTLE_MS },
      () => {
        const detection = detect(doc, href);
        if (detection.release.isRelease) finish(detection);
      },
      watching.signal,
    );
    const deadline = setTimeout(() => finish(detect(doc, href)), waitMs);
    const onAbort = (): void => finish(first);
    signal.addEventListener('abort', onAbort);
  });
}

interface NavigationLike extends EventTarget {
  currentEntry?: { url?: string } | null;
}

/**
 * Calls `onChange` when the address changes without a page load: the Navigation API
 * where the browser has it, else history traversal plus a watch on `<title>`, which
 * single-page newsrooms update when they swap articles.
 */
export function onSoftNavigation(doc: Document, href: () => string, onChange: () => void, signal: AbortSignal): void {
  // A jump to an anchor in the same release is not a new page.
  const page = (): string => href().replace(/#.*$/, '');
  let last = page();
  const check = (): void => {
    const now = page();
    if (now === last) return;
    last = now;
    onChange();
  };
  const view = doc.defaultView as (Window & { navigation?: NavigationLike }) | null;
  if (view?.navigation) {
    view.navigation.addEventListener('navigatesuccess', check, { signal });
    return;
  }
  view?.addEventListener('popstate', check, { signal });
  view?.addEventListener('hashchange', check, { signal });
  new PageChanges(doc.head ?? doc.documentElement).subscribe({ quietMs: 0 }, check, signal);
}
