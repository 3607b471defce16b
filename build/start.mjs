#!/usr/bin/env node
/**
 * npm start: builds the extension, serves the bundled demo release at its real address
 * over local HTTPS, and opens it in Chromium with Release Lens loaded. With a display it
 * is an ordinary window; without one it runs headless, prints what it annotated, and
 * saves a screenshot of the page beside the side panel.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT, launchWithExtension } from './browser.mjs';
import { fixtureRoutes, startFixtureServer } from './fixture-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_URL = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';
const SCREENSHOT = join(root, 'artifacts', 'release-lens-demo.png');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const build = spawnSync(process.execPath, [join(root, 'build/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
try {
  findChromium();
} catch {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const server = await startFixtureServer({ routes: fixtureRoutes(join(root, 'test/fixtures/releases')) });
const browser = await launchWithExtension({ extensionDir: join(root, 'dist/chrome'), port: server.port, headless });
const page = await browser.context.newPage();
await page.goto(DEMO_URL);
await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens'), null, { timeout: 15_000 });
// Highlights are painted with the CSS Custom Highlight API (one named highlight per
// category) or, where that is missing, as release-lens-mark elements.
const summary = await page.evaluate(() => {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const [name, highlight] of CSS.highlights) {
    const kind = /^release-lens-(\w+?)(?:-quiet)?$/.exec(name)?.[1];
    if (kind && kind !== 'current') counts[kind] = (counts[kind] ?? 0) + highlight.size;
  }
  for (const mark of document.querySelectorAll('release-lens-mark')) {
    const kind = mark.getAttribute('data-kind') ?? 'other';
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return {
    state: document.documentElement.getAttribute('data-release-lens'),
    counts,
    ms: performance.getEntriesByName('release-lens:annotate')[0]?.duration,
  };
});
const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
console.log(`\n${DEMO_URL}\nRelease Lens: ${summary.state}, ${total} highlights in ${summary.ms?.toFixed(1)} ms`);
for (const [kind, count] of Object.entries(summary.counts)) if (count) console.log(`  ${kind}: ${count}`);

if (headless) {
  const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, DEMO_URL);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/panel.html?tab=${tabId}`);
  await panel.waitForSelector('[data-section="acronyms"] li');
  // Hover the first acronym, wherever it is painted, so the screenshot shows its card.
  const spot = await page.evaluate(() => {
    const [range] = CSS.highlights.get('release-lens-acronym') ?? [];
    const mark = document.querySelector('release-lens-mark[data-kind="acronym"]');
    const live = document.createRange();
    if (range) {
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
    }
    const box = range ? live.getBoundingClientRect() : mark?.getBoundingClientRect();
    return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
  });
  if (spot) await page.mouse.move(spot.x, spot.y);
  await page.waitForTimeout(400);
  const shots = [await page.screenshot(), await panel.screenshot()].map((b) => b.toString('base64'));
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize({ width: 1680, height: 900 });
  await sheet.setContent(`<body style="margin:0;display:flex;background:#888">${shots.map((s) => `<img src="data:image/png;base64,${s}" style="height:900px;border-right:2px solid #444">`).join('')}</body>`);
  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  await sheet.screenshot({ path: SCREENSHOT });
  console.log(`\nScreenshot of the page beside the side panel: ${SCREENSHOT}`);
  await browser.close();
  await server.close();
} else {
  console.log('\nChromium is open with Release Lens; click its toolbar icon for the side panel. Ctrl-C stops.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
}
