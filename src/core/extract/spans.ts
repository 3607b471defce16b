/**
 * Resolving overlaps between finders in linear time: "first finder wins". The spans
 * already kept are disjoint and sorted, and each finder's proposals come sorted by
 * start, so one merge walk per finder decides them all (O(finders × spans), where a
 * scan of every kept span per proposal was quadratic).
 */
export interface Span {
  start: number;
  end: number;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * The proposals that overlap neither a kept span nor an earlier proposal of the same
 * batch, merged into `kept`; returns the new sorted, disjoint list.
 */
export function keepDisjoint<T extends Span>(kept: readonly T[], proposals: readonly T[]): T[] {
  const sorted = isSorted(proposals) ? proposals : [...proposals].sort(byStart);
  const merged: T[] = [];
  let k = 0;
  let lastEnd = -1;
  for (const p of sorted) {
    if (p.end <= p.start) continue;
    // Move past every kept span that ends before the proposal starts.
    while (k < kept.length && (kept[k] as T).end <= p.start) merged.push(kept[k++] as T);
    const next = kept[k];
    if (next && next.start < p.end) continue;
    if (p.start < lastEnd) continue;
    merged.push(p);
    lastEnd = p.end;
  }
  while (k < kept.length) merged.push(kept[k++] as T);
  return merged;
}

function isSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStart(spans[i - 1] as Span, spans[i] as Span) > 0) return false;
  return true;
}

/** The points inside none of `spans`; both sorted ascending and the spans disjoint, so one walk. */
export function pointsOutside(points: readonly number[], spans: readonly Span[]): number[] {
  const outside: number[] = [];
  let s = 0;
  for (const at of points) {
    while (s < spans.length && (spans[s] as Span).end <= at) s++;
    const span = spans[s];
    if (!span || at < span.start) outside.push(at);
  }
  return outside;
}

/**
 * Where `needle` occurs in `text` as a whole word: neither character around it is a word
 * character by `isWordChar` (finders differ on what a word is made of: people's names
 * count every letter, defined terms letters and digits).
 */
export function wordOccurrences(text: string, needle: string, isWordChar: (c: string) => boolean): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !isWordChar(before)) && (after === undefined || !isWordChar(after))) found.push(at);
  }
  return found;
}
