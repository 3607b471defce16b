/**
 * Text as a matcher should see it: pages change their whitespace, their quote marks and
 * their dashes between visits (and the print view flattens blocks differently) without
 * changing a word. Matching runs on the normalized string and maps offsets back.
 */

export interface NormalizedText {
  text: string;
  /** For each character of `text`, the offset in the original it came from. */
  origin: Int32Array;
}

const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Characters that render as nothing: zero-width spaces and joiners, soft hyphens, BOMs. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const REPLACE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};

/** Collapses whitespace runs to one space and folds typographic quotes, dashes and ellipses. */
export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (SPACE.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    inSpace = false;
    const replacement = REPLACE[ch] ?? ch;
    for (const r of replacement) {
      out.push(r);
      origin.push(i);
    }
  }
  return { text: out.join(''), origin: Int32Array.from(origin) };
}

/** The normalized form alone, for quotes and context. */
export function normalized(s: string): string {
  return normalize(s).text;
}

/** Maps a [start, end) range of the normalized text back to the original. */
export function toOriginal(n: NormalizedText, start: number, end: number, originalLength: number): { start: number; end: number } {
  const from = start < n.origin.length ? (n.origin[start] ?? originalLength) : originalLength;
  const last = end - 1 >= 0 && end - 1 < n.origin.length ? n.origin[end - 1] : undefined;
  return { start: from, end: last === undefined ? from : last + 1 };
}
