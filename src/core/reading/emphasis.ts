/**
 * Which mentions are drawn quietly, so a page reads like an article rather than a proof
 * sheet: the headline (the reader has already read it; its names recur in the body), and
 * every mention of an acronym or entity after the first one marked. Figures, dates and
 * contacts are each a fact of their own and are never quiet.
 */
import type { Annotation } from '../model.js';
import { mentionKey } from './mentions.js';

/** Tells, in reading order, whether each mention is quiet. Mentions in the headline do not count as seen. */
export class MentionEmphasis {
  private readonly seen = new Set<string>();

  constructor(private readonly headline: readonly [number, number] | null = null) {}

  quiet(a: Annotation): boolean {
    if (this.headline && a.start >= this.headline[0] && a.end <= this.headline[1]) return true;
    const key = mentionKey(a);
    if (key === null) return false;
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    return false;
  }
}

/**
 * Where the release's headline stands in its text: the title, matched with any run of
 * whitespace between its words, within the text's opening (dateline and labels come
 * first on some layouts). Null when the title is not found there.
 */
export function headlineSpan(text: string, title: string, within = 3_000): [number, number] | null {
  const words = title.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const match = pattern.exec(text.slice(0, within));
  return match ? [match.index, match.index + match[0].length] : null;
}
