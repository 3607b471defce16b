#!/usr/bin/env node
/**
 * npm run screenshots: the look of Release Lens as a reader meets it, saved as PNGs to
 * look at before a change that a reader sees is called done. The founding release at
 * 1280×800 (the page; the page with a figure's card open; the legend opened), and the side panel's first
 * screen at 400×800, each on a light page and a dark one; then, with an insight and a figure
 * pinned, the panel's first screen, its Facts section and the figure's card. The dark page is the served
 * page with a dark style sheet of its own and the system set to dark, so what follows the
 * page and what follows the system can be told apart. Prints the figures the reading
 * checks compare: marks in the page, the panel's height, where its first insight starts.
 * Then the library page at 1280×800 after reading the founding release and three trade
 * statements: the list, search results, a person's page and a series, light and dark.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from './browser.mjs';
import { fixtureRoutes, startFixtureServer } from './fixture-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : join(root, 'artifacts', 'screenshots');
const DEMO_URL = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';
const TRADE_STATEMENTS = ['2015/11/statement-us-commerce-secretary-penny-pritzker', '2016/04/statement-us-secretary-commerce-penny-pritzker', '2016/05/statement-us-secretary-commerce-penny-pritzker'].map(
  (path) => `https://2014-2017.commerce.gov/news/press-releases/${path}-international-trade-goods.html`,
);
const LIBRARY_VIEWS = [
  ['library-list', '#/', 'li.release'],
  ['library-search', '#/?q=MOFCOM', '.sentence mark'],
  ['library-person', '#/person/carlos%20m%20gutierrez', 'ul.roles'],
  ['library-series', '#/series/us%20exports%20of%20goods%20and%20services%7Clevel%7CUSD', '.chart canvas'],
];
const DARK_PAGE_CSS = `html, body, table, td, div { background: #1b1d21 !important; color: #e3e3e3 !important; border-color: #444 !important; }
a { color: #8ab4f8 !important; } html { color-scheme: dark; }`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'build/build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(out, { recursive: true });
const server = await startFixtureServer({ routes: fixtureRoutes(join(root, 'test/fixtures/releases')) });
const browser = await launchWithExtension({ extensionDir: join(root, 'dist/chrome'), port: server.port, headless: true, viewport: { width: 1280, height: 800 } });
const saved = [];
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'dark') await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      });
    }, DARK_PAGE_CSS);
    await page.goto(DEMO_URL);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready', null, { timeout: 15_000 });
    const marks = await page.evaluate(() => {
      let n = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('release-lens-') && name !== 'release-lens-current') n += highlight.size;
      return n + document.querySelectorAll('release-lens-mark').length;
    });
    // Scroll the figures into view: the founding release's numbers sit below the fold.
    const figure = await page.evaluate(() => {
      const [range] = CSS.highlights.get('release-lens-money') ?? [];
      if (!range) return null;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = live.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(1, 1);
    await page.waitForTimeout(300);
    saved.push(await shot(page, `page-${scheme}.png`));
    if (figure) {
      await page.mouse.move(figure.x, figure.y);
      await page.waitForTimeout(500);
      saved.push(await shot(page, `card-${scheme}.png`));
    }

    const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, DEMO_URL);
    const panel = await browser.context.newPage();
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${browser.extensionId}/panel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-section="insights"] li');
    await panel.waitForTimeout(200);
    const layout = await panel.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      firstInsight: Math.round(document.querySelector('[data-section="insights"] li')?.getBoundingClientRect().top ?? -1),
    }));
    saved.push(await shot(panel, `panel-${scheme}.png`));
    console.log(`${scheme}: ${marks} marks in the page; panel ${layout.height} px tall, first insight at ${layout.firstInsight} px`);
    // Then pinned: the implied 2005 exports from the panel, $55 billion as the card pins it; the
    // insight's row and the Facts section as they look then, and the figure's card.
    const pin = panel.locator('[data-section="insights"]').getByRole('button', { name: 'Pin $41.67 billion', exact: true });
    if (await pin.count()) await pin.click();
    await panel.waitForSelector('[data-section="insights"] .pinned');
    await panel.evaluate(async (tab) => {
      const { value: snapshot } = await chrome.tabs.sendMessage(tab, { type: 'get-snapshot' });
      const figure = snapshot.annotations.find((a) => a.text === '$55 billion');
      await chrome.tabs.sendMessage(tab, { type: 'facts-pin', annotationId: figure.id });
    }, tabId);
    await panel.waitForSelector('[data-list="placed"] > li[data-source="annotation"]');
    await panel.evaluate(() => window.scrollTo(0, 0));
    saved.push(await shot(panel, `panel-pinned-${scheme}.png`));
    await panel.evaluate(() => document.querySelector('[data-section="facts"]')?.scrollIntoView());
    await panel.waitForTimeout(200);
    saved.push(await shot(panel, `panel-facts-${scheme}.png`));
    await panel.close();
    if (figure) {
      await page.bringToFront();
      await page.mouse.move(1, 1);
      await page.waitForTimeout(400);
      await page.mouse.move(figure.x, figure.y);
      await page.waitForTimeout(500);
      saved.push(await shot(page, `card-pinned-${scheme}.png`));
    }
    // Last, the legend opened from its button in the corner (a closed shadow root: clicked where it is).
    await page.bringToFront();
    await page.mouse.move(1, 1);
    await page.mouse.click(1280 - 70, 800 - 28);
    await page.waitForTimeout(300);
    saved.push(await shot(page, `legend-${scheme}.png`, { x: 880, y: 300, width: 400, height: 500 }));
    await page.close();
    // The next scheme meets the release as a new reader does: nothing pinned.
    await browser.worker.evaluate(async () => chrome.storage.local.remove(Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('fact:'))));
  }
  for (const url of TRADE_STATEMENTS) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('release-lens:library-recording').length > 0, null, { timeout: 15_000 });
    await page.close();
  }
  for (const scheme of ['light', 'dark']) {
    const library = await browser.context.newPage();
    await library.emulateMedia({ colorScheme: scheme });
    for (const [name, hash, ready] of LIBRARY_VIEWS) {
      await library.goto(`chrome-extension://${browser.extensionId}/library.html${hash}`);
      await library.reload();
      await library.waitForSelector(ready, { timeout: 15_000 });
      await library.waitForTimeout(300);
      saved.push(await shot(library, `${name}-${scheme}.png`));
    }
    await library.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots:\n${saved.map((p) => `  ${p}`).join('\n')}`);

async function shot(page, name, clip) {
  const path = join(out, name);
  await page.screenshot({ path, ...(clip ? { clip } : {}) });
  return path;
}
