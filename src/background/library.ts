/**
 * The background's part in the library: it stores what pages hand over (`record-release`)
 * in IndexedDB — never from a private window, never when the reader turned recording
 * off — applies the retention setting, and opens the library page from the toolbar
 * button's menu. A connection is opened per recording: the service worker keeps nothing.
 */
import type { BackgroundLink } from '../messages/links.js';
import type { Recorded } from '../messages/protocol.js';
import { contextMenuItem } from '../platform/browser.js';
import type { Sender } from '../platform/messaging.js';
import { openLibrary } from '../library/open-library.js';
import { openStorage } from '../storage/index.js';
import { Library } from '../storage/library/library.js';
import { loadLibraryPrefs, recordsAt, retentionCutoff } from '../storage/library/prefs.js';
import type { Recording } from '../core/library/record.js';

/** Records the release, or throws why it was not: the page hears the reason. */
async function record(recording: Recording, sender: Sender): Promise<Recorded> {
  if (!sender.tab || sender.tab.incognito) throw new Error('Not recorded: a private window, or not a tab.');
  const prefs = await loadLibraryPrefs(openStorage());
  if (!recordsAt(prefs, recording.release.url)) throw new Error('Not recorded: recording is off for this site.');
  let library: Library | undefined;
  try {
    library = await Library.open();
    const now = new Date();
    const recorded = await library.record(recording, now);
    const cutoff = retentionCutoff(prefs, now);
    if (cutoff) await library.removeReadBefore(cutoff);
    return recorded;
  } finally {
    library?.close();
  }
}

export function registerLibrary(link: BackgroundLink): void {
  contextMenuItem({ id: 'release-lens-open-library', title: 'Open library of releases', contexts: ['action'] }, () => void openLibrary());
  link.inbox.handle('record-release', ({ recording }, sender) => record(recording, sender));
}
