/**
 * The canary for the hostile suites: proof that no payload ran or became markup, in the
 * page, in the tooltip's closed shadow root, or in an extension page.
 *
 * - requests: any load of https://canary.test/… from any page of the browser context;
 * - calls: `window.__pwned(id)` in the page's main world (the page's own canary script);
 * - refusals: Content Security Policy refusals and uncaught errors in any page, since an
 *   extension page's CSP would block an injected handler before it could call anything;
 * - markup: any element, anywhere in the pierced DOM, with an event-handler or URL
 *   attribute, or script text, carrying a payload's marker: only text parsed as HTML
 *   makes one.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { CANARY_HOST } from '../support/hostile.js';
import { allNodes, piercedDocument } from './harness.js';

const MARKER = /__pwned|canary\.test/;
const CALL = /__pwned\((['"])c\d+p\d+\1\)/;
/**
 * Attributes that load or run what they hold. A payload in any other attribute (an
 * input's value, a title) is data, as it is in a text node.
 */
const ACTIVE = new Set(['href', 'src', 'srcdoc', 'data', 'action', 'formaction', 'xlink:href', 'style', 'poster', 'background']);

export interface Canary {
  /** Starts watching a page for CSP refusals and uncaught errors. */
  watch(page: Page): void;
  requests: string[];
  refusals: string[];
  /** Payload ids the page's canary was called with. */
  calls(page: Page): Promise<string[]>;
}

export function startCanary(context: BrowserContext): Canary {
  const requests: string[] = [];
  const refusals: string[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).hostname === CANARY_HOST) requests.push(request.url());
  });
  const watch = (page: Page): void => {
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => refusals.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    watch,
    requests,
    refusals,
    calls: (page) => page.evaluate(() => (window as unknown as { __executed?: string[] }).__executed ?? []),
  };
}

/** Elements that exist only because payload text was parsed as markup. */
export async function injectedMarkup(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const node of allNodes(await piercedDocument(page))) {
    if (node.nodeType !== 1) continue;
    const attributes = node.attributes ?? [];
    for (let i = 1; i < attributes.length; i += 2) {
      const name = attributes[i - 1] ?? '';
      if (MARKER.test(attributes[i] ?? '') && (name.startsWith('on') || ACTIVE.has(name))) {
        found.push(`<${node.localName} ${name}="${attributes[i]?.slice(0, 80)}">`);
      }
    }
    if (node.localName === 'script') {
      const text = (node.children ?? []).map((c) => c.nodeValue ?? '').join('');
      if (CALL.test(text)) found.push(`<script>${text.slice(0, 80)}`);
    }
  }
  return found;
}
