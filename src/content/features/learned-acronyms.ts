/**
 * Remembers the acronyms a release defines (`learned:<ABBR>` in storage), so a later
 * release that uses one without defining it can still expand it. One record per acronym:
 * tabs learning at the same time never overwrite each other.
 */
import type { AnnotationOf } from '../../core/model.js';
import { releaseKey } from '../../core/release-key.js';
import { isAbbr, LEARNED } from '../../storage/acronyms.js';
import type { Feature } from '../feature.js';

export const learnedAcronyms: Feature = {
  id: 'learned-acronyms',
  runsOn: 'releases',
  async init({ annotator, store }, signal) {
    const { annotations, release } = annotator.snapshot();
    const defined = new Map<string, string>();
    for (const a of annotations) {
      const acronym = a as AnnotationOf<'acronym'>;
      if (a.kind === 'acronym' && acronym.source === 'page' && acronym.expansion && isAbbr(a.text)) defined.set(a.text, acronym.expansion);
    }
    for (const [abbr, expansion] of defined) {
      if (signal.aborted) return;
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
