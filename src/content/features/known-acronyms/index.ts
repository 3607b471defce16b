/**
 * Acronyms the user marks "I know this one" (in the panel or the options page) stop
 * being painted in every open tab at once: storage change events reach each page, which
 * repaints without them. The session already leaves them out when the page is first read.
 */
import { KNOWN } from '../../../storage/acronyms.js';
import { watchRecords } from '../../../storage/index.js';
import type { Feature } from '../../feature.js';

export const knownAcronyms: Feature = {
  id: 'known-acronyms',
  runsOn: 'releases',
  init({ annotator, store }, signal) {
    watchRecords(
      KNOWN,
      () =>
        void store.getRecords(KNOWN).then(({ records }) => {
          if (!signal.aborted) annotator.setKnownAcronyms(records.map((r) => r.abbr));
        }),
      signal,
    );
  },
};
