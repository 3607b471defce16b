/**
 * The end-to-end harness: the built dist/chrome loaded into Debian's Chromium, every
 * host name resolved to a local HTTPS server of saved pages. Nothing reaches the
 * network and nothing downloads a browser; without Chromium the tier fails loudly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../build/browser.mjs';
import { fixtureRoutes, routeKey, startFixtureServer } from '../../build/fixture-server.mjs';
import { FIXTURES } from '../support/founding.js';
import { readHighlights, type Highlighted } from '../support/highlights.js';

export const EXTENSION_DIR = join(import.meta.dirname, '../../dist/chrome');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serves extra pages at real addresses, for tests that build their own. */
  serve(url: string, body: string | (() => string)): void;
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  openPanel(page: Page): Promise<Page>;
  /**
   * Clicks Release Lens's toolbar button for the page's tab, as the reader does: through
   * the DevTools protocol's Extensions.triggerAction, which runs the action as a click
   * (granting activeTab) where automation cannot reach the browser's toolbar.
   */
  clickToolbarButton(page: Page): Promise<void>;
  /** How many side panels of ours are open: targets Playwright does not attach to, listed by the DevTools protocol. */
  sidePanels(page: Page): Promise<number>;
  /**
   * How many of the release's facts the page has placed, of how many: "2/3", asked through
   * the protocol as the panel asks; null until the facts feature answers. (The page itself
   * is not told: it would learn how many facts the reader keeps.)
   */
  factsPlaced(page: Page): Promise<string | null>;
  /** Closes every tab but the first, so that a test that fails leaves none behind for the next to find by its address. */
  closeOpenedTabs(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness({ extensionDir = EXTENSION_DIR }: { extensionDir?: string } = {}): Promise<Harness> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('dist/chrome is missing: run `npm run build` first (npm run test:e2e does).');
  }
  const server = await startFixtureServer({ routes: fixtureRoutes(FIXTURES) });
  const browser = await launchWithExtension({ extensionDir, port: server.port, headless: true });
  const { context, extensionId, worker } = browser;

  let messenger: Page | null = null;
  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    if (typeof id !== 'number') throw new Error(`No tab for ${url}`);
    return id;
  };

  return {
    context,
    extensionId,
    worker,
    serve: (url, body) => void server.routes.set(routeKey(url), { body }),
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'), null, { timeout: 15_000 });
      return page;
    },
    tabIdOf,
    async openPanel(page) {
      const tabId = await tabIdOf(page);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/panel.html?tab=${tabId}`);
      return panel;
    },
    async clickToolbarButton(page) {
      const cdp = await context.browser()?.newBrowserCDPSession();
      if (!cdp) throw new Error('No browser-level DevTools session to click the toolbar button with');
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`No tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      await cdp.detach();
    },
    async sidePanels(page) {
      const cdp = await context.newCDPSession(page);
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        return targetInfos.filter((t) => t.url === `chrome-extension://${extensionId}/panel.html`).length;
      } finally {
        await cdp.detach();
      }
    },
    async factsPlaced(page) {
      // Asked from an extension page of our own, not the service worker: the faults suite stops that on purpose.
      // glossary.json is a page that does nothing itself but has the extension's APIs.
      if (!messenger || messenger.isClosed()) {
        messenger = await context.newPage();
        await messenger.goto(`chrome-extension://${extensionId}/glossary.json`);
      }
      // Several tabs may show the same release: the one asked is the one brought to the front
      // (each window has an active tab; the page's panels may have opened windows of their own).
      await page.bringToFront();
      const status = (await messenger.evaluate(async (url) => {
        const [tab] = (await chrome.tabs.query({ active: true })).filter((t) => t.url === url);
        if (tab?.id === undefined) return null;
        return chrome.tabs.sendMessage(tab.id, { type: 'facts-status' }).catch(() => null);
      }, page.url())) as { value?: { placed?: string[]; notFound?: string[] } } | null;
      const value = status?.value;
      return value?.placed && value.notFound ? `${value.placed.length}/${value.placed.length + value.notFound.length}` : null;
    },
    async closeOpenedTabs() {
      const [, ...opened] = context.pages();
      await Promise.all(opened.map((p) => p.close()));
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The text of the tooltip, read through the DevTools protocol because it lives in a
 * closed shadow root that page scripts (and Playwright's locators) cannot enter.
 */
export async function tooltipText(page: Page): Promise<string> {
  // Every element named like our tooltip host, since a page can add its own.
  for (const host of allNodes(await piercedDocument(page))) {
    if (host.localName !== 'release-lens-tooltip' || !host.shadowRoots?.[0]) continue;
    const card = findNode(host.shadowRoots[0], (n) => n.attributes?.includes('card') ?? false);
    if (card && !card.attributes?.includes('hidden')) return collectText(card);
  }
  return '';
}

/** The whole document as the DevTools protocol sees it: closed shadow roots and frames included. */
export async function piercedDocument(page: Page): Promise<CdpNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return ((await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode }).root;
  } finally {
    await cdp.detach();
  }
}

/** Every node under `node`, shadow roots and frame documents included. */
export function* allNodes(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    yield* allNodes(child);
  }
}

export interface CdpNode {
  nodeId?: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

function collectText(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(collectText).join(' ');
}

/** What Release Lens painted for one category, in document order. */
export async function highlighted(page: Page, kind: string): Promise<Highlighted[]> {
  return page.evaluate(readHighlights, kind);
}

/** Moves the mouse onto the first highlight of a category with the given text. */
export async function hoverText(page: Page, kind: string, text: string): Promise<void> {
  const first = async () => (await highlighted(page, kind)).find((h) => h.text === text);
  let target = await first();
  if (!target) throw new Error(`No ${kind} highlight "${text}"`);
  const { height } = page.viewportSize() ?? { height: 720 };
  if (target.rect.y < 0 || target.rect.y + target.rect.height > height) {
    await page.mouse.wheel(0, target.rect.y - height / 2);
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, await page.evaluate((dy) => window.scrollY + dy, 0));
    target = (await first()) ?? target;
  }
  await page.mouse.move(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2);
}

/** Whether a pierced DOM node carries an attribute with a value. */
export function hasAttribute(node: CdpNode, name: string, value?: string): boolean {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name && (value === undefined || attrs[i + 1] === value)) return true;
  return false;
}

/**
 * Runs `fn` (a function declaration, `this` is the element) on the first element inside a
 * closed shadow root that `test` picks, through the DevTools protocol: page scripts and
 * Playwright's locators cannot enter closed shadow roots, which is the point of them.
 * With `click`, the element is clicked with the mouse at its centre instead, as a reader would.
 */
export async function inClosedShadow(page: Page, hostTag: string, test: (n: CdpNode) => boolean, fn: string | 'click'): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === hostTag);
    const target = host?.shadowRoots?.[0] && findNode(host.shadowRoots[0], test);
    if (!target?.nodeId) throw new Error(`Nothing matched in <${hostTag}>'s shadow root`);
    if (fn === 'click') {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId })) as { model: { content: number[] } };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      return undefined;
    }
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: target.nodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true })) as {
      result: { value: unknown };
    };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Finds the first node under `root` (shadow roots included) that `test` picks. */
export function findIn(root: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  return findNode(root, test);
}

