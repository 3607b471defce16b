/**
 * The extract stage: release text in, annotations out. Each finder proposes spans; where
 * two overlap, the one listed first in FINDERS wins (a year inside a date is part of the
 * date, not a second annotation).
 */
import type { Annotation, AnnotationDraft } from '../model.js';
import { findAcronyms } from './acronyms.js';
import { findDates, findMoney, findPercents, findPhones, findYears } from './figures.js';

const FINDERS: ReadonlyArray<(text: string) => AnnotationDraft[]> = [
  findAcronyms,
  findMoney,
  findPercents,
  findDates,
  findPhones,
  findYears,
];

function overlaps(a: AnnotationDraft, taken: AnnotationDraft[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

export function extract(text: string): Annotation[] {
  const taken: AnnotationDraft[] = [];
  for (const find of FINDERS) {
    for (const draft of find(text)) if (!overlaps(draft, taken)) taken.push(draft);
  }
  taken.sort((a, b) => a.start - b.start);
  return taken.map((draft, i) => ({ ...draft, id: `a${i + 1}` }));
}
