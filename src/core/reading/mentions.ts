/**
 * What counts as one thing a page names, however often and in whatever form it is
 * mentioned: the unit of the panel's rows and counts, the legend's counts and the quiet
 * repeats in the page.
 */
import { countsByKind, type Annotation, type KindCounts } from '../model.js';

/** The same thing, whatever its surface form: an acronym and its plural, a person by full name or surname. */
export function mentionKey(a: Annotation): string | null {
  switch (a.kind) {
    case 'acronym':
      return `acronym:${a.text.replace(/[’']?s$/, '').toUpperCase()}`;
    case 'person':
    case 'organization':
    case 'place':
    case 'document':
      return `${a.kind}:${(a.name ?? a.text).toLowerCase()}`;
    default:
      return null;
  }
}

/** One thing the page names, however it is mentioned: the entity's key, else its kind and text ("$55 billion" once). */
export function itemKey(a: Annotation): string {
  return mentionKey(a) ?? `${a.kind}:${a.text}`;
}

/** How many things of each kind the annotations name. */
export function itemCounts(annotations: readonly Annotation[]): KindCounts {
  const counts = countsByKind([]);
  const seen = new Set<string>();
  for (const a of annotations) {
    const key = itemKey(a);
    if (seen.has(key)) continue;
    seen.add(key);
    counts[a.kind]++;
  }
  return counts;
}
