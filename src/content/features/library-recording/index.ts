/**
 * Hands the release to the library once it is annotated: one call with the release,
 * its text and its findings; the background stores and the library page indexes it, so
 * the page pays only for building the message. Not in private windows, not when the
 * reader turned recording off (everywhere, or for this site).
 */
import { recordingOf } from '../../../core/library/record.js';
import { inPrivateWindow } from '../../../platform/browser.js';
import { loadLibraryPrefs, recordsAt } from '../../../storage/library/prefs.js';
import type { Feature } from '../../feature.js';

/** The content script's share of recording, as a performance measure the benchmark reads. */
export const RECORDING_MEASURE = 'release-lens:library-recording';

export const libraryRecording: Feature = {
  id: 'library-recording',
  runsOn: 'releases',
  init({ annotator, store, link }, signal) {
    if (inPrivateWindow()) return;
    // Not awaited: the features after this one start at once, the recording goes on beside them.
    void (async () => {
      const prefs = await loadLibraryPrefs(store).catch(() => undefined);
      const { release } = annotator.findings.snapshot();
      if (signal.aborted || !prefs || !recordsAt(prefs, release.url)) return;
      const start = performance.now();
      const { annotations, insights } = annotator.findings.found;
      const sent = link.background.call('record-release', { recording: recordingOf(release, annotator.text, annotations, insights) });
      performance.measure(RECORDING_MEASURE, { start, end: performance.now() });
      const reply = await sent;
      if (!reply.ok) console.debug('Release Lens: the library did not record this release:', reply.error);
    })();
  },
};
