/**
 * An element of ours with a closed shadow root and its style sheet: the page's CSS cannot
 * restyle what is inside, and its scripts cannot reach in. Everything we show in the page
 * (card, legend, fact editor, fact layer) lives in one.
 */
import { isDark, parseColour } from '../core/reading/colour.js';

export function closedShadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}

/** The attribute our hosts' style sheets key their dark look on (`:host([data-dark])`). */
export const DARK_ATTRIBUTE = 'data-dark';

/**
 * Makes one of our hosts light or dark as the page is where it shows, not as the system
 * is: a dark card over a light government page (or the reverse) is what the reader
 * should not meet. The page's colour is the first opaque background from `at` up; a page
 * with none shows the browser's canvas, dark only if the page asks for a dark scheme.
 */
export function matchPageScheme(host: HTMLElement, at: Node | null): void {
  host.toggleAttribute(DARK_ATTRIBUTE, pageIsDark(at));
}

function pageIsDark(at: Node | null): boolean {
  const start = at && at.nodeType === 1 ? (at as Element) : (at?.parentElement ?? null);
  const view = start?.ownerDocument.defaultView;
  if (!start || !view) return false;
  for (let el: Element | null = start; el; el = el.parentElement) {
    const colour = parseColour(view.getComputedStyle(el).backgroundColor);
    if (colour && colour.a >= 0.5) return isDark(colour);
  }
  return view.getComputedStyle(start.ownerDocument.documentElement).colorScheme.split(' ')[0] === 'dark';
}
