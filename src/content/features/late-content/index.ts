/**
 * Annotates content the page adds after the first run (a "read more" that loads the rest,
 * a body filled in by script). A MutationObserver on the release body collects added
 * nodes; a batch is annotated once the page has been quiet for a moment, only its text
 * not mapped yet, so nothing is marked twice. Our own changes (fallback marks) are not
 * page content and are skipped.
 */
import type { Feature } from '../../feature.js';
import { MARK_TAG } from '../../highlighter.js';

/** How long the page must be quiet before a batch is annotated: long enough for a burst of inserts to finish. */
const QUIET_MS = 100;

export const lateContent: Feature = {
  id: 'late-content',
  runsOn: 'releases',
  init({ doc, annotator }, signal) {
    const root = annotator.bodyRoot;
    const view = doc.defaultView;
    if (!root || !view) return;
    let pending: Node[] = [];
    let timer = 0;
    const flush = (): void => {
      const nodes = pending.filter((n) => n.isConnected && !pending.some((other) => other !== n && other.contains(n)));
      pending = [];
      if (nodes.length) annotator.annotateAdded(nodes);
      // Painting with the fallback inserts marks: those records are ours, not the page's.
      observer.takeRecords();
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && (node as Element).localName === MARK_TAG) continue;
          if (node.nodeType === 3 && node.parentElement?.localName === MARK_TAG) continue;
          pending.push(node);
        }
      }
      if (pending.length === 0) return;
      view.clearTimeout(timer);
      timer = view.setTimeout(flush, QUIET_MS);
    });
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      view.clearTimeout(timer);
    });
  },
};
