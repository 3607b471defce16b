/**
 * Annotates content the page adds after the first run (a "read more" that loads the rest,
 * a body filled in by script). The release body's changes (`annotator.changes`) bring
 * the added nodes; a batch is annotated once the page has been quiet for a moment, only its text
 * not mapped yet, so nothing is marked twice. Our own changes (fallback marks) are not
 * page content and are skipped.
 */
import type { Feature } from '../../feature.js';
import { MARK_TAG } from '../../highlighter.js';

/** How long the page must be quiet before a batch is annotated: long enough for a burst of inserts to finish. */
const QUIET_MS = 100;

/** Our own marks (the fallback painter's) are not the page's content. */
function isOurs(node: Node): boolean {
  return (node.nodeType === 1 && (node as Element).localName === MARK_TAG) || (node.nodeType === 3 && node.parentElement?.localName === MARK_TAG);
}

export const lateContent: Feature = {
  id: 'late-content',
  runsOn: 'releases',
  init({ annotator }, signal) {
    const changes = annotator.changes;
    if (!changes) return;
    changes.subscribe(
      { quietMs: QUIET_MS, counts: (record) => [...record.addedNodes].some((n) => !isOurs(n)) },
      (records) => {
        const added = records.flatMap((record) => [...record.addedNodes].filter((n) => !isOurs(n)));
        const nodes = added.filter((n) => n.isConnected && !added.some((other) => other !== n && other.contains(n)));
        if (nodes.length) annotator.annotateAdded(nodes);
        // Painting with the fallback inserts marks: those changes are ours, not the page's.
        changes.discardPending();
      },
      signal,
    );
  },
};
