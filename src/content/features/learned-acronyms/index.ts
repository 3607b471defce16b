/**
 * Remembers the acronyms a release defines (`learned:<ABBR>` in storage), so a later
 * release that uses one without defining it can still expand it. One record per acronym:
 * tabs learning at the same time never overwrite each other.
 */
import { releaseKey } from '../../../core/release-key.js';
import { isAbbr, LEARNED } from '../../../storage/acronyms.js';
import type { Feature } from '../../feature.js';

export const learnedAcronyms: Feature = {
  id: 'learned-acronyms',
  runsOn: 'releases',
  async init({ annotator, store }, signal) {
    const { release } = annotator.findings.snapshot();
    for (const [abbr, expansion] of annotator.definedAcronyms()) {
      if (signal.aborted) return;
      if (!isAbbr(abbr)) continue;
      const known = await store.getRecord(LEARNED, abbr);
      if (known?.expansion === expansion && known.releaseKey === releaseKey(release.url)) continue;
      await store.putRecord(LEARNED, {
        abbr,
        expansion,
        releaseKey: releaseKey(release.url),
        releaseTitle: release.title.slice(0, 2_000),
        url: release.url,
        learnedAt: new Date().toISOString(),
      });
    }
  },
};
