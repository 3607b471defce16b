/**
 * Finding a release's parts — title, subtitle, date, contacts — first with the layout's
 * locators, then with what any release page carries (its main heading, a `<time>`, the
 * article metadata, a dateline near the top, a "Media Contact" paragraph).
 */
import { findDate, type FoundDate } from '../../core/detect/published-date.js';
import type { Layout } from '../../core/detect/layout.js';
import { CHROME_SELECTOR, clean, closest, paragraphsOf, query, queryAll, textOf } from './read.js';

const MAIN = 'main, [role="main"], #main-content, #content, #main, article';
const META_TITLE = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="dcterms.title"]'];
const META_DATE = [
  'meta[property="article:published_time"]',
  'meta[name="dcterms.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.issued"]',
  'meta[name="date"]',
];
const CONTACT_LABEL = /^\s*(?:media\s+|press\s+)?conta(?:ct|cto)s?\b\s*:?\s*/i;
const NOT_A_CONTACT = /^(?:for immediate release|contacts?:?|media contacts?:?|press contacts?:?|press release|news release)$/i;

/** Where to look for a part: the release's content, the page's main region, the page. */
function scopes(doc: Document, root: Element): ParentNode[] {
  const main = closest(root, MAIN) ?? query(doc, MAIN);
  return [root, ...(main && main !== root ? [main] : []), doc];
}

export function locateTitle(doc: Document, candidate: Element, layout: Layout): Element | null {
  for (const scope of scopes(doc, candidate)) {
    for (const selector of layout.title) {
      for (const el of queryAll(scope, selector).slice(0, 5)) {
        const text = clean(el.textContent, 600);
        if (text.length >= 5 && text.length <= 400 && !closest(el, CHROME_SELECTOR)) return el;
      }
    }
  }
  return null;
}

/** The title as the page prints it, else its metadata, else the document title without the site's suffix. */
export function titleText(doc: Document, titleEl: Element | null): string {
  if (titleEl) return clean(titleEl.textContent);
  for (const selector of META_TITLE) {
    const content = clean(query(doc, selector)?.getAttribute('content'));
    if (content) return content;
  }
  return clean(doc.title).replace(/\s+[|–—-]\s+[^|–—-]+$/, '');
}

export interface PublishedDate extends FoundDate {
  /** Where it was found, for the reasons. */
  from: string;
  el: Element | null;
}

export function locateDate(doc: Document, root: Element, layout: Layout): PublishedDate | undefined {
  for (const scope of scopes(doc, root).slice(0, 2)) {
    for (const selector of layout.date) {
      for (const el of queryAll(scope, selector).slice(0, 3)) {
        if (closest(el, CHROME_SELECTOR)) continue;
        // The printed date is the one readers see; a datetime attribute may be in UTC.
        const found = findDate(clean(el.textContent, 200)) ?? findDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? '');
        if (found) return { ...found, from: 'its dateline', el };
      }
    }
  }
  for (const selector of META_DATE) {
    const found = findDate(query(doc, selector)?.getAttribute('content') ?? '');
    if (found) return { ...found, from: 'its publication metadata', el: null };
  }
  return undefined;
}

/** A date printed near the top of the release's text: the dateline. */
export function datelineIn(text: string): PublishedDate | undefined {
  const found = findDate(text.slice(0, 2_500));
  return found && { ...found, from: 'a dateline in the text', el: null };
}

export function locateSubtitle(doc: Document, root: Element, layout: Layout, title: string): string | undefined {
  for (const scope of scopes(doc, root).slice(0, 2)) {
    for (const selector of layout.subtitle) {
      const text = clean(query(scope, selector)?.textContent, 600);
      if (text && text !== title && text.length <= 500) return text;
    }
  }
  return undefined;
}

/** Each contact block as one line: "Office of Public Affairs, 202-482-4883, publicaffairs@doc.gov". */
export function locateContacts(doc: Document, root: Element, layout: Layout): string[] {
  const blocks: Element[] = [];
  for (const scope of scopes(doc, root).slice(0, 2)) {
    for (const selector of layout.contacts) blocks.push(...queryAll(scope, selector).slice(0, 5));
    if (blocks.length) break;
  }
  if (!blocks.length) {
    for (const p of paragraphsOf(root)) {
      if (/^\s*(?:media\s+|press\s+)?conta(?:ct|cto)s?\b/i.test(p.textContent ?? '')) blocks.push(p);
    }
  }
  const contacts = new Set<string>();
  for (const block of blocks.slice(0, 5)) {
    const lines = textOf(block, [], 1_000)
      .split('\n')
      .map((line) => clean(line.replace(CONTACT_LABEL, ''), 200))
      .filter((line) => line && !NOT_A_CONTACT.test(line) && !isOnlyDate(line));
    const contact = lines.join(', ').slice(0, 300);
    if (contact) contacts.add(contact);
  }
  return [...contacts];
}

/** "Tuesday, December 11, 2007" on a line of its own is the date, not a contact. */
function isOnlyDate(line: string): boolean {
  const found = findDate(line);
  return !!found && line.replace(found.text, '').replace(/\b\w+day\b|[,.\s]/gi, '') === '';
}

/** Who publishes a page on an unknown site: its declared name, else its host. */
export function genericAgency(doc: Document, hostname: string): string {
  return clean(query(doc, 'meta[property="og:site_name"]')?.getAttribute('content'), 200) || hostname.replace(/^www\./, '');
}
