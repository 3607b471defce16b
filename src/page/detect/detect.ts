/**
 * The detect stage: is this page a release, where exactly is it, and what are its
 * parts? Reads the DOM, never writes it; the document is passed in so the CLI can run it
 * on jsdom. The verdict adds up several signals — the address, a title, a date, prose,
 * a "Press Release" label, an article element — and any one sign that the page is
 * something else (a list, a speech, a gallery) overrules them. See docs/detection.md.
 */
import type { ReleaseInfo } from '../../core/model.js';
import { classifyAddress } from '../../core/detect/address.js';
import { GENERIC } from '../../core/detect/generic.js';
import type { Layout } from '../../core/detect/layout.js';
import { notARelease, type Shape } from './not-a-release.js';
import { chromeWithin, commonAncestor, densestBlock, prose, query, textOf } from './read.js';
import { datelineIn, genericAgency, locateContacts, locateDate, locateSubtitle, locateTitle, titleText } from './parts.js';

export interface Detection {
  release: ReleaseInfo;
  /** The release's content (title, dateline, body, "About" paragraphs), or null when the page is not a release. */
  bodyRoot: Element | null;
  /** Chrome inside bodyRoot that is not the release: share widgets, related links, breadcrumbs. */
  excluded: Element[];
}

const LABEL = /\b(?:press release|news release|media advisory|fact sheet|for immediate release|comunicado de prensa)\b/i;
/** On a known site's release address, the page needs to add this much to count. */
const THRESHOLD = 0.7;

export function detect(doc: Document, href: string): Detection {
  try {
    return detectPage(doc, href);
  } catch (error) {
    return none(href, 'none', [`the page could not be read (${error instanceof Error ? error.name : 'error'})`]);
  }
}

function none(href: string, layout: string, reasons: string[], confidence = 0): Detection {
  return {
    release: { isRelease: false, layout, confidence, reasons: reasons.slice(0, 50), title: '', url: href },
    bodyRoot: null,
    excluded: [],
  };
}

function detectPage(doc: Document, href: string): Detection {
  const address = classifyAddress(href);
  if (!address) return none(href, 'none', ['the address cannot be read']);
  const reasons = address.archive ? [`an archived copy on ${address.archive} of ${address.url.hostname}${address.url.pathname}`] : [];
  if (address.kind === 'other') return none(href, address.layoutId, [...reasons, `this is ${address.what}`]);
  if (address.kind === 'release') reasons.push(`the address is where ${address.layout.site} keeps releases`);
  else reasons.push(`${address.url.hostname} has no known layout, so the page alone must show it is a release`);
  const layout = address.kind === 'release' ? address.layout : GENERIC;
  return readPage(doc, href, layout, address.kind === 'release', reasons, address.url.hostname);
}

/**
 * The body of a page read as a release although detection says it is not one (the CLI's
 * `--any-page`): the generic layout's locators (`article`, `main`, `role="main"`), else the
 * densest run of prose, without navigation, headers, footers and asides.
 */
export function anyPageBody(doc: Document): { bodyRoot: Element; excluded: Element[] } | null {
  const root = locateBody(doc, GENERIC);
  return root ? { bodyRoot: root, excluded: chromeWithin(root, GENERIC.exclude, [query(root, 'h1')]) } : null;
}

function locateBody(doc: Document, layout: Layout): Element | null {
  for (const selector of layout.body) {
    const el = query(doc, selector);
    if (el && textOf(el, [], 400).trim().length >= 200) return el;
  }
  return densestBlock(doc);
}

function readPage(doc: Document, href: string, layout: Layout, knownAddress: boolean, reasons: string[], hostname: string): Detection {
  const page = doc.body ?? doc.documentElement;
  if (!page) return none(href, layout.id, [...reasons, 'the page has no content']);
  if (page.tagName.toUpperCase() === 'FRAMESET' || query(doc, 'frameset')) {
    return none(href, layout.id, [...reasons, 'the page is a frameset: its frames are pages of their own']);
  }
  const candidate = locateBody(doc, layout);
  if (!candidate) return none(href, layout.id, [...reasons, 'no block of prose that could be a release body was found']);

  const titleEl = locateTitle(doc, candidate, layout);
  const title = titleText(doc, titleEl);
  let root = candidate;
  const layoutDate = locateDate(doc, candidate, layout);
  for (const part of [titleEl, layoutDate?.el]) {
    if (part && !root.contains(part)) root = commonAncestor(root, part) ?? root;
  }
  const excluded = chromeWithin(root, layout.exclude, [titleEl, layoutDate?.el ?? null]);
  const excludedSet = new Set(excluded);
  const text = textOf(root, excluded);
  const published = layoutDate ?? datelineIn(text);
  const shape: Shape = { root, candidate, text, title, prose: prose(root, excludedSet) };

  let score = knownAddress ? 0.4 : 0;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(reason);
  };
  if (titleEl) add(knownAddress ? 0.15 : 0.2, `it has a title heading ("${title.slice(0, 80)}")`);
  if (published) add(knownAddress ? 0.2 : 0.25, `it is dated ${published.text} (${published.from})`);
  const dense = shape.prose.paragraphs >= (knownAddress ? 2 : 3) && shape.prose.chars >= (knownAddress ? 300 : 400);
  if (dense) add(knownAddress ? 0.15 : 0.25, `its body has ${shape.prose.paragraphs} paragraphs of prose`);
  const label = LABEL.exec(text.slice(0, 2_000)) ?? LABEL.exec(doc.title);
  if (label) add(knownAddress ? 0.1 : 0.15, `it is labelled "${label[0]}"`);
  if (!knownAddress && (root.closest('article, main, [role="main"]') || query(root, 'article'))) add(0.15, 'the text is in an article or main element');

  const instead = notARelease(doc, shape);
  const enough = knownAddress || (!!titleEl && !!published && dense);
  const isRelease = !instead && enough && score >= THRESHOLD - 1e-9;
  if (instead) reasons.push(`but this is ${instead}`);
  else if (!isRelease) reasons.push('but that is not enough to be sure it is a release');
  if (!isRelease) return none(href, layout.id, reasons, Math.min(round(score), instead ? 0.2 : 0.6));

  const subtitle = locateSubtitle(doc, root, layout, title);
  const contacts = locateContacts(doc, root, layout);
  const agency = layout.agency || genericAgency(doc, hostname);
  return {
    release: {
      isRelease: true,
      layout: layout.id,
      confidence: Math.min(1, round(score)),
      reasons,
      title,
      url: href,
      agency,
      ...(subtitle ? { subtitle } : {}),
      ...(published ? { published: published.iso } : {}),
      ...(contacts.length ? { contacts } : {}),
    },
    bodyRoot: root,
    excluded,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
