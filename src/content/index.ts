/**
 * Content script entry: wiring only. Starts the page's session (read, paint, features)
 * with the page's one endpoint for calls.
 */
import { onSoftNavigation } from './page-watch.js';
import { FEATURES } from './features/index.js';
import { PageSession } from './session.js';
import { SCRIPT_START_MARK } from './annotator.js';
import { contentLink } from '../messages/links.js';
import { browserMessaging } from '../platform/messaging.js';

// Where the content script's time on the page begins, for the benchmark's "from script start".
performance.mark(SCRIPT_START_MARK);
const session = new PageSession(document, FEATURES, contentLink(browserMessaging));
void session.start();
// A newsroom that swaps articles without a page load gets a fresh session for the new address.
onSoftNavigation(document, () => location.href, () => {
  if (!session.on) return;
  session.stop();
  void session.start();
}, new AbortController().signal);
