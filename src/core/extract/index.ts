/**
 * The extract stage: release text in, annotations out. Each finder proposes spans; where
 * two overlap, the one listed first in FINDERS wins (a year inside a date is part of the
 * date, not a second annotation).
 */
import type { Annotation, AnnotationDraft } from '../model.js';
import { findAcronyms, type AcronymSources } from './acronyms.js';
import { findDefinedTermMentions } from './defined-terms.js';
import { findNames } from './names.js';
import { findPersonMentions } from './people.js';
import { keepDisjoint } from './spans.js';
import { findEmails, findPhones } from './contacts.js';
import { findDates, findYears } from './dates.js';
import { findMoney, findPercents, findQuantities } from './figures.js';
import { findListCounts } from './list-counts.js';

/** Where acronym expansions may come from besides the page itself. */
export interface ExtractOptions extends AcronymSources {
  /** The release's date (ISO), as detection found it: the year of a month named alone. */
  published?: string;
}
export type { AcronymMap } from './acronyms.js';

type Finder = (text: string, options: ExtractOptions) => AnnotationDraft[];

const FINDERS: readonly Finder[] = [
  findAcronyms,
  findDefinedTermMentions,
  findPersonMentions,
  findEmails,
  findMoney,
  findPercents,
  findDates,
  findPhones,
  findListCounts,
  findQuantities,
  findNames,
  findYears,
];

export function extract(text: string, options: ExtractOptions = {}): Annotation[] {
  let kept: AnnotationDraft[] = [];
  for (const find of FINDERS) kept = keepDisjoint(kept, find(text, options));
  // The drafts are fresh objects of this call: giving them their ids in place spares a
  // copy of every annotation, which matters on megabytes of text.
  return kept.map((draft, i) => Object.assign(draft, { id: `a${i + 1}` }));
}
