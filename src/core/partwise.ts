/**
 * Analysis a part at a time. A huge page is read in parts so the content script can
 * yield to the page between them (no task of ours may hold the page for long), and late
 * content is read as one more part instead of the whole text again. Each part is
 * analysed alone but reported in whole-text offsets, with ids that continue the earlier
 * parts', and the acronyms the page defined in an earlier part carry into the later ones.
 *
 * A release (tens of kilobytes at most) is one part, so it reads exactly as the whole
 * text would. On bigger pages a mention before its definition's part, a defined term or a
 * surname alone is only recognised within one part: the price of never blocking.
 */
import type { AcronymDefinition } from './extract/acronym-definitions.js';
import { analyze, type Analysis, type AnalysisOptions } from './pipeline.js';

/** A few milliseconds of analysis on this kind of machine (16,000 beat 32,000 on the 2.3 MB benchmark page: 723 against 817 ms, longest slice 19 against 32 ms). */
export const PART_CHARS = 16_000;

/**
 * Splits [from, text.length) into parts of at most `max` characters, each ending at a
 * block boundary ("\n") where there is one in the part's second half, else after a
 * sentence, else at a space; a part is only cut mid-word when it has no space at all.
 */
export function partsOf(text: string, from = 0, max = PART_CHARS): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) end = cutPoint(text, start + (max >> 1), end);
    parts.push([start, end]);
    start = end;
  }
  return parts;
}

function cutPoint(text: string, earliest: number, latest: number): number {
  const block = text.lastIndexOf('\n', latest - 1);
  if (block >= earliest) return block + 1;
  const tail = text.slice(earliest, latest);
  const sentence = tail.search(/[.!?]\s(?=[^.!?]*$)/);
  if (sentence >= 0) return earliest + sentence + 2;
  const space = tail.lastIndexOf(' ');
  return space >= 0 ? earliest + space + 1 : latest;
}

export class PartwiseAnalysis {
  private annotationCount = 0;
  private insightCount = 0;
  /** The page's own acronym definitions so far, in whole-text offsets; the first one wins. */
  private readonly definitions = new Map<string, AcronymDefinition>();

  constructor(private readonly options: AnalysisOptions) {}

  /** The acronyms the page has defined so far, each with its first definition. */
  get definedAcronyms(): ReadonlyMap<string, AcronymDefinition> {
    return this.definitions;
  }

  /** Analyses `text`, which starts at `offset` in the whole text and follows every part added before. */
  add(text: string, offset: number): Analysis {
    // Earlier definitions are given in the part's own offsets: negative, since they come before it.
    const earlier = [...this.definitions.values()].map((d) => ({ ...d, at: d.at - offset }));
    const { annotations, insights } = analyze(text, { ...this.options, earlier });
    // The findings are fresh objects of this call: moved in place, since copies of half a
    // million annotations on a huge page only feed the garbage collector.
    const ids = new Map<string, string>();
    for (const a of annotations) {
      const id = `a${++this.annotationCount}`;
      ids.set(a.id, id);
      Object.assign(a, { id, start: a.start + offset, end: a.end + offset });
      if (a.kind === 'acronym' && a.definedAt !== undefined) {
        a.definedAt += offset;
        if (!this.definitions.has(a.text) && a.expansion) this.definitions.set(a.text, { short: a.text, long: a.expansion, at: a.definedAt });
      }
    }
    for (const i of insights) Object.assign(i, { id: `i${++this.insightCount}`, inputs: i.inputs.map((id) => ids.get(id) ?? id) });
    return { annotations, insights };
  }
}
