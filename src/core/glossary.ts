/**
 * The curated glossary: acronyms a reader of Commerce, trade and export-control releases
 * meets, each with one or more senses (expansion, a line on what it is, its parent body,
 * an official address). Data lives in `data/glossary.json`; this module is its schema and
 * the rule that picks a sense by the words around it (SME, ITA).
 */
import * as z from 'zod';

export const GLOSSARY_SCHEMA = 'release-lens/glossary@1';

export const GlossarySense = z.object({
  expansion: z.string().min(2).max(200),
  description: z.string().min(10).max(300),
  parent: z.string().min(2).max(200).optional(),
  url: z.string().regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, 'an https address'),
  /** Words whose presence in the release points to this sense (lower case). */
  context: z.array(z.string().min(2).max(60)).max(40).optional(),
});
export type GlossarySense = z.infer<typeof GlossarySense>;

export const GlossaryEntry = z.object({
  short: z.string().regex(/^[A-Za-z][A-Za-z0-9&/-]{1,11}$/),
  /** Also an ordinary English word (EAR, ACE): not read as an acronym inside an all-capitals headline. */
  word: z.boolean().optional(),
  senses: z.array(GlossarySense).min(1).max(5),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const Glossary = z.object({
  schema: z.literal(GLOSSARY_SCHEMA),
  note: z.string().max(2_000),
  entries: z.array(GlossaryEntry).max(5_000),
});
export type Glossary = z.infer<typeof Glossary>;

export type GlossaryIndex = ReadonlyMap<string, GlossaryEntry>;

const EMPTY_INDEX: GlossaryIndex = new Map();
/** A glossary is loaded once and never changed, so each is indexed once, not on every analysis. */
const indexes = new WeakMap<Glossary, GlossaryIndex>();

export function indexGlossary(glossary: Glossary | undefined): GlossaryIndex {
  if (!glossary) return EMPTY_INDEX;
  let index = indexes.get(glossary);
  if (!index) indexes.set(glossary, (index = new Map(glossary.entries.map((e) => [e.short, e]))));
  return index;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && count < 100; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * The sense whose context words occur most often in the release; the first sense (the
 * usual one) when none occurs or on a tie. `lowerText` is the release in lower case.
 */
export function senseFor(entry: GlossaryEntry, lowerText: string): GlossarySense {
  const [first, ...rest] = entry.senses as [GlossarySense, ...GlossarySense[]];
  if (rest.length === 0) return first;
  let best = first;
  let bestScore = 0;
  for (const sense of entry.senses) {
    const score = (sense.context ?? []).reduce((sum, word) => sum + occurrences(lowerText, word), 0);
    if (score > bestScore) [best, bestScore] = [sense, score];
  }
  return best;
}
