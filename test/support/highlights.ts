/**
 * What Release Lens painted for one category, read in the page (Chromium or Firefox):
 * from the CSS highlight registry, or from the fallback marks. Pass `readHighlights` to
 * the driver's `evaluate` with the category; it must stay self-contained.
 */
export interface Highlighted {
  text: string;
  /** Ids of the elements the highlight sits in, innermost first. */
  inside: string[];
  rect: { x: number; y: number; width: number; height: number };
}

export function readHighlights(kind: string): Highlighted[] {
  const ids = (node: Node | null): string[] => {
    const out: string[] = [];
    for (let el = node instanceof Element ? node : (node?.parentElement ?? null); el; el = el.parentElement) if (el.id) out.push(el.id);
    return out;
  };
  const box = (b: DOMRect) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
  // A category's mentions are painted loud or quiet (a repeat, the headline): both are painted.
  const registered = [`release-lens-${kind}`, `release-lens-${kind}-quiet`].flatMap((name) => [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])]);
  const ranges = registered.map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const fromRanges = ranges.map((r) => ({ text: r.toString(), inside: ids(r.startContainer), rect: box(r.getBoundingClientRect()) }));
  const fromMarks = [...document.querySelectorAll(`release-lens-mark[data-kind="${kind}"]`)].map((m) => ({
    text: m.textContent ?? '',
    inside: ids(m),
    rect: box(m.getBoundingClientRect()),
  }));
  return [...fromRanges, ...fromMarks];
}

/** The text-decoration line of every style rule of ours in the page's adopted sheets ('none' where it sets none). Self-contained, for `evaluate`. */
export function readDecorationLines(): string[] {
  return document.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('release-lens')).map((r) => r.style.textDecorationLine || 'none'),
  );
}
