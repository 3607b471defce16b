/**
 * Reading a page for the detector, at bounded cost whatever the page: every walk has a
 * budget, and nothing here writes to the DOM. Hostile markup (broken nesting,
 * duplicated ids, 10 MB of text) only ever makes these answers worse, never slower
 * than their budgets or throwing.
 */
import { COMMON_CHROME } from './layout.js';

/** Text read per page: releases are far shorter; a 10 MB page is sampled, not read. */
export const TEXT_BUDGET = 60_000;
/** Paragraphs looked at when hunting for the densest block. */
const PARAGRAPH_BUDGET = 1_500;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'BUTTON']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DD', 'DT', 'BLOCKQUOTE', 'TABLE', 'UL', 'OL', 'ADDRESS']);
export const CHROME_SELECTOR = COMMON_CHROME.join(',');

/** querySelector that treats a selector the engine rejects as no match. */
export function query(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

export function closest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Whitespace collapsed, trimmed and cut to `max` characters. */
export function clean(text: string | null | undefined, max = 500): string {
  return (text ?? '').slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * The text under `root` without `excluded` subtrees and non-text elements, a newline
 * between blocks, stopping after `budget` characters.
 */
export function textOf(root: Element, excluded: ReadonlySet<Element>, budget = TEXT_BUDGET): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode: (node) =>
      node.nodeType === 1 && (SKIP.has((node as Element).tagName.toUpperCase()) || excluded.has(node as Element)) ? 2 : 1,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < budget; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      length += data.length;
    } else if (BLOCK.has((node as Element).tagName.toUpperCase())) {
      parts.push('\n');
    }
  }
  return parts.join('').slice(0, budget);
}

/** Paragraphs of prose under `root` (outside `excluded`): how much a block reads like an article. */
export function prose(root: Element, excluded: ReadonlySet<Element>): { paragraphs: number; chars: number } {
  const ps = root.getElementsByTagName('p');
  let paragraphs = 0;
  let chars = 0;
  for (let i = 0; i < Math.min(ps.length, PARAGRAPH_BUDGET); i++) {
    const p = ps[i];
    if (!p || insideAny(p, excluded, root)) continue;
    const length = (p.textContent ?? '').length;
    if (length >= 80) {
      paragraphs++;
      chars += Math.min(length, 5_000);
    }
  }
  return { paragraphs, chars };
}

function insideAny(el: Element, set: ReadonlySet<Element>, stop: Element): boolean {
  if (set.size === 0) return false;
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) if (set.has(n)) return true;
  return false;
}

/**
 * The element holding the most paragraph text (a paragraph counts fully for its parent
 * and half for its grandparent), outside navigation and footers: where an article is
 * when no locator knows.
 */
export function densestBlock(doc: Document): Element | null {
  const ps = doc.getElementsByTagName('p');
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (el: Element | null, score: number): void => {
    if (!el || el === doc.body || el === doc.documentElement) return;
    const total = (scores.get(el) ?? 0) + score;
    scores.set(el, total);
    if (total > bestScore) [best, bestScore] = [el, total];
  };
  for (let i = 0; i < Math.min(ps.length, PARAGRAPH_BUDGET); i++) {
    const p = ps[i];
    if (!p) continue;
    const length = Math.min((p.textContent ?? '').length, 5_000);
    if (length < 60 || closest(p, CHROME_SELECTOR)) continue;
    add(p.parentElement, length);
    add(p.parentElement?.parentElement ?? null, length / 2);
  }
  return best;
}

/** The nearest element containing both, or null when that is the whole page. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let n: Element | null = a; n; n = n.parentElement) {
    if (n.contains(b)) return n === n.ownerDocument.body || n === n.ownerDocument.documentElement ? null : n;
  }
  return null;
}

/**
 * The outermost chrome elements under `root` — the layout's and the common ones —
 * except those holding the release's own parts (an article's `<header>` with its title).
 */
export function chromeWithin(root: Element, selectors: readonly string[], keep: ReadonlyArray<Element | null>): Element[] {
  const found = new Set<Element>();
  for (const selector of [...selectors, ...COMMON_CHROME]) {
    for (const el of queryAll(root, selector)) {
      if (!keep.some((k) => k && el.contains(k))) found.add(el);
    }
  }
  return [...found].filter((el) => !el.parentElement || !insideAny(el.parentElement, found, root));
}
