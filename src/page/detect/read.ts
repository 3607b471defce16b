/**
 * Reading a page for the detector, at bounded cost whatever the page: every walk has a
 * budget, and nothing here writes to the DOM. Hostile markup (broken nesting,
 * duplicated ids, 10 MB of text) only ever makes these answers worse, never slower
 * than their budgets or throwing.
 */
import { COMMON_CHROME } from '../../core/detect/layout.js';
import { leadingText } from '../text-map.js';

/** Text read per page: releases are far shorter; a 10 MB page is sampled, not read. */
export const TEXT_BUDGET = 60_000;
/** Paragraphs looked at when hunting for the densest block. */
const PARAGRAPH_BUDGET = 1_500;
/** Elements walked to find those paragraphs: a page of 10 MB is sampled, not walked. */
const ELEMENT_BUDGET = 40_000;

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
 * The text under `root` as the text map reads it (the same skip and block rules),
 * without `excluded` subtrees, stopping after `budget` characters.
 */
export function textOf(root: Element, excluded: readonly Element[] = [], budget = TEXT_BUDGET): string {
  return leadingText(root, excluded, budget);
}

/** The first paragraphs under `root`, in document order, within the budgets. */
export function paragraphsOf(root: Element): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1);
  const found: Element[] = [];
  for (let n = walker.nextNode(), seen = 0; n && seen < ELEMENT_BUDGET && found.length < PARAGRAPH_BUDGET; n = walker.nextNode(), seen++) {
    if ((n as Element).tagName.toUpperCase() === 'P') found.push(n as Element);
  }
  return found;
}

/** Paragraphs of prose under `root` (outside `excluded`): how much a block reads like an article. */
export function prose(root: Element, excluded: ReadonlySet<Element>): { paragraphs: number; chars: number } {
  let paragraphs = 0;
  let chars = 0;
  for (const p of paragraphsOf(root)) {
    if (insideAny(p, excluded, root)) continue;
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
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (el: Element | null, score: number): void => {
    if (!el || el === doc.body || el === doc.documentElement) return;
    const total = (scores.get(el) ?? 0) + score;
    scores.set(el, total);
    if (total > bestScore) [best, bestScore] = [el, total];
  };
  const page = doc.body ?? doc.documentElement;
  if (!page) return null;
  for (const p of paragraphsOf(page)) {
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

/** Chrome is a landmark, or carries a class, id, role or label; a bare `<p>` never is. */
const MAY_BE_CHROME = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM']);
function mayBeChrome(el: Element): boolean {
  return MAY_BE_CHROME.has(el.tagName.toUpperCase()) || el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('role') || el.hasAttribute('aria-label');
}

/**
 * The outermost chrome elements under `root` — the layout's and the common ones —
 * except those holding the release's own parts (an article's `<header>` with its title).
 * One walk, skipping the inside of what it found, within the element budget.
 */
export function chromeWithin(root: Element, selectors: readonly string[], keep: ReadonlyArray<Element | null>): Element[] {
  const selector = [...selectors, ...COMMON_CHROME].join(',');
  let isChrome = (el: Element): boolean => el.matches(selector);
  try {
    root.matches(selector);
  } catch {
    // The engine rejects one of them: test them one at a time, skipping the bad one.
    isChrome = (el) => [...selectors, ...COMMON_CHROME].some((s) => matchesSafely(el, s));
  }
  const found: Element[] = [];
  let budget = ELEMENT_BUDGET;
  const walker = root.ownerDocument.createTreeWalker(root, 0x1, {
    acceptNode: (node) => {
      if (--budget < 0) return 2; // FILTER_REJECT: out of budget, walk no further
      const el = node as Element;
      if (!mayBeChrome(el) || !isChrome(el) || keep.some((k) => k && el.contains(k))) return 3; // FILTER_SKIP: look inside
      found.push(el);
      return 2; // FILTER_REJECT: its inside is chrome too
    },
  });
  walker.nextNode();
  return found;
}

function matchesSafely(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
