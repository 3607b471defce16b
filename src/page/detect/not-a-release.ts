/**
 * Pages that look like releases at first sight but are something else: lists of
 * releases (even at a release-like address), speeches and remarks, image galleries,
 * search results. Each test reads the page's shape, not its class names.
 */
import { countDates } from '../../core/detect/published-date.js';
import { GALLERY, LISTING, SPEECH } from '../../core/detect/layout.js';
import { CHROME_SELECTOR, closest, queryAll } from './read.js';

const SPEECH_TEXT = /\bas prepared for delivery\b|\bremarks as delivered\b|\bcheck against delivery\b/i;
const SPEECH_TITLE = /^(?:remarks|prepared remarks|testimony|speech|keynote|opening statement|address)\b|\bdelivers? (?:remarks|keynote)\b/i;
const SEARCH_TITLE = /\bsearch results\b/i;

export interface Shape {
  root: Element;
  candidate: Element;
  text: string;
  title: string;
  prose: { paragraphs: number; chars: number };
}

/** What the page is instead of a release, or undefined when it may be one. */
export function notARelease(doc: Document, shape: Shape): string | undefined {
  const { text, title } = shape;
  if (SEARCH_TITLE.test(title) || SEARCH_TITLE.test(doc.title)) return 'search results';
  if (SPEECH_TITLE.test(title) || SPEECH_TEXT.test(text.slice(0, 4_000))) return SPEECH;
  if (isListing(shape)) return LISTING;
  const images = shape.root.getElementsByTagName('img').length;
  if (images >= 6 && shape.prose.chars < 1_000) return GALLERY;
  return undefined;
}

function isListing({ root, candidate, text }: Shape): boolean {
  // The body candidate is one teaser among many alike: a list of articles.
  const parent = candidate.parentElement;
  if (parent && (candidate.className || candidate.tagName === 'ARTICLE' || candidate.tagName === 'LI')) {
    let alike = 0;
    for (let s = parent.firstElementChild, n = 0; s && n < 200; s = s.nextElementSibling, n++) {
      if (s.tagName === candidate.tagName && s.className === candidate.className) alike++;
    }
    if (alike >= 3) return true;
  }
  // Many headed links, each with a date: a list of releases, not one.
  const headedLinks = queryAll(root, 'h2 a[href], h3 a[href], h4 a[href], li a[href]')
    .slice(0, 200)
    .filter((a) => !closest(a, CHROME_SELECTOR) && (a.textContent ?? '').trim().length > 20).length;
  const dates = countDates(text, 12);
  return headedLinks >= 5 && dates >= 4;
}
