/**
 * The background's part in the library: it stores what pages hand over (`record-release`)
 * in IndexedDB — never from a private window, never when the reader turned recording
 * off — applies the retention setting, and opens the library page from the toolbar
 * button's menu. A connection is opened per recording: the service worker keeps nothing.
 */
import { listen } from '../messages/channel.js';
import { ContentRequest, type RecordReply } from '../messages/protocol.js';
import { browser, type Runtime } from '../platform/browser.js';
import { openLibrary } from '../library/open-library.js';
import { openStorage } from '../storage/index.js';
import { Library } from '../storage/library/library.js';
import { loadLibraryPrefs, recordsAt, retentionCutoff } from '../storage/library/prefs.js';
import type { Recording } from '../core/library/record.js';

const MENU_ID = 'release-lens-open-library';

async function record(recording: Recording, sender: Runtime.MessageSender): Promise<RecordReply> {
  if (!sender.tab || sender.tab.incognito) return { ok: false, error: 'Not recorded: a private window, or not a tab.' };
  const prefs = await loadLibraryPrefs(openStorage());
  if (!recordsAt(prefs, recording.release.url)) return { ok: false, error: 'Not recorded: recording is off for this site.' };
  let library: Library | undefined;
  try {
    library = await Library.open();
    const now = new Date();
    const recorded = await library.record(recording, now);
    const cutoff = retentionCutoff(prefs, now);
    if (cutoff) await library.removeReadBefore(cutoff);
    return { ok: true, value: recorded };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    library?.close();
  }
}

export function registerLibrary(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Open library of releases', contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void openLibrary();
  });
  listen(ContentRequest, (request, sender) => (request.type === 'record-release' ? record(request.recording, sender) : undefined));
}
