import { join } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { fixtureRoutes, startFixtureServer } from './fixture-server.mjs';
const root = join(import.meta.dirname, '..');
const URL = process.argv[2];
const out = process.argv[3];
const server = await startFixtureServer({ routes: fixtureRoutes(join(root, 'test/fixtures/releases')) });
const browser = await launchWithExtension({ extensionDir: join(root, 'dist/chrome'), port: server.port, headless: true });
const page = await browser.context.newPage();
await page.goto(URL);
await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens'), null, { timeout: 15_000 });
const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, URL);
for (const scheme of ['light', 'dark']) {
  const panel = await browser.context.newPage();
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width: 420, height: 1400 });
  await panel.goto(`chrome-extension://${browser.extensionId}/panel.html?tab=${tabId}`);
  await panel.waitForSelector('[data-section="insights"] li');
  const el = await panel.$('[data-section="insights"]');
  await el.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${out}-${scheme}.png`, fullPage: true });
  await panel.close();
}
await browser.close();
await server.close();
