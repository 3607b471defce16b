/** Facts grouped by release, in a stable reading order: releases by date then title, facts by place in the text. */
import type { Citation, Fact } from '../facts.js';

export interface ReleaseGroup {
  releaseKey: string;
  /** The citation of the most recently captured fact: the release as last read. */
  citation: Citation;
  facts: Fact[];
}

export function groupByRelease(facts: readonly Fact[]): ReleaseGroup[] {
  const groups = new Map<string, ReleaseGroup>();
  for (const fact of facts) {
    const group = groups.get(fact.releaseKey);
    if (!group) groups.set(fact.releaseKey, { releaseKey: fact.releaseKey, citation: fact.citation, facts: [fact] });
    else group.facts.push(fact);
  }
  const list = [...groups.values()];
  for (const g of list) {
    g.citation = g.facts.reduce((latest, f) => (f.captured > latest.captured ? f : latest)).citation;
    g.facts.sort((a, b) => a.position.start - b.position.start || a.captured.localeCompare(b.captured));
  }
  return list.sort(
    (a, b) =>
      (a.citation.published ?? '').localeCompare(b.citation.published ?? '') ||
      a.citation.title.localeCompare(b.citation.title) ||
      a.releaseKey.localeCompare(b.releaseKey),
  );
}
