/**
 * The detect stage: is this page a release, and which element holds it? Reads the DOM,
 * never writes it. The document is passed in so the CLI can run it on jsdom.
 */
import type { ReleaseInfo } from '../../core/model.js';
import { LAYOUTS, type Layout } from './layouts.js';

export interface Detection {
  release: ReleaseInfo;
  /** The release's content, or null when the page is not a release. */
  bodyRoot: Element | null;
  /** Chrome inside bodyRoot that is not the release. */
  excluded: Element[];
}

const DATELINE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},\s(\d{4})\b/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function firstMatch(root: ParentNode, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function isoDate(text: string): string | undefined {
  const m = /\b([A-Z][a-z]+)\s(\d{1,2}),\s(\d{4})\b/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase());
  if (month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(Number(m[2])).padStart(2, '0')}`;
}

function notARelease(url: URL, layout: string, reasons: string[]): Detection {
  return {
    release: { isRelease: false, layout, confidence: 0, reasons, title: '', url: url.href },
    bodyRoot: null,
    excluded: [],
  };
}

function detectWith(doc: Document, url: URL, layout: Layout): Detection {
  const reasons = [`the address matches the ${layout.id} release pattern`];
  const bodyRoot = firstMatch(doc, layout.body);
  if (!bodyRoot) return notARelease(url, layout.id, [...reasons, 'but no release body was found']);
  // textContent, not innerText: it needs no layout, and detection must stay cheap.
  const text = bodyRoot.textContent ?? '';
  let confidence = 0.5;
  if (/\bPress Release\b/i.test(text)) {
    confidence += 0.2;
    reasons.push('the page is labelled "Press Release"');
  }
  const dateline = DATELINE.exec(text);
  if (dateline) {
    confidence += 0.2;
    reasons.push(`it carries a dateline (${dateline[0]})`);
  }
  const titleEl = firstMatch(bodyRoot, layout.title);
  const title = (titleEl?.textContent ?? doc.title).replace(/\s+/g, ' ').trim();
  if (titleEl) confidence += 0.1;
  const excluded = layout.exclude.flatMap((s) => [...bodyRoot.querySelectorAll(s)]);
  const published = dateline ? isoDate(dateline[0]) : undefined;
  return {
    release: {
      isRelease: confidence >= 0.7,
      layout: layout.id,
      confidence: Math.min(1, Math.round(confidence * 100) / 100),
      reasons,
      title,
      agency: layout.agency,
      url: url.href,
      ...(published ? { published } : {}),
    },
    bodyRoot,
    excluded,
  };
}

export function detect(doc: Document, href: string): Detection {
  const url = new URL(href);
  const layout = LAYOUTS.find((l) => l.hosts.test(url.hostname) && l.releasePaths.test(url.pathname));
  if (!layout) return notARelease(url, 'none', ['the address is not a known release address']);
  const detection = detectWith(doc, url, layout);
  return detection.release.isRelease ? detection : { ...detection, bodyRoot: null, excluded: [] };
}
