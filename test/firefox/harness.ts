/**
 * The Firefox tier's harness: the built dist/firefox installed as a temporary add-on in
 * Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core (no geckodriver, no
 * browser download). The release hosts resolve to 127.0.0.1 (`network.dns.localDomains`)
 * and port 443 is sent to the HTTPS fixture server on a free port (`network.socket.forcePort`),
 * so the content script runs on its real match patterns at the real addresses. Headless
 * Firefox has no sidebar, so the sidebar page is opened in a tab at a fixed
 * moz-extension:// UUID. Every file Firefox writes goes to one scratch directory that
 * close() removes. Without Firefox the tier fails loudly.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureRoutes, startFixtureServer } from '../../build/fixture-server.mjs';
import { FIXTURES } from '../support/founding.js';

export const EXTENSION_DIR = join(import.meta.dirname, '../../dist/firefox');
/** Fixed through `extensions.webextensions.uuids`, so the sidebar page has a known address. */
export const EXTENSION_UUID = '6c0b1f53-2b7e-4f7a-9d41-8a5e7b3c2d10';

export const FIREFOX_HINT =
  'No Firefox found for the Firefox tier. Install Debian\'s (`sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox 140+ binary.';

export function findFirefox(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(FIREFOX_HINT);
  return path;
}

export interface FirefoxHarness {
  browser: Browser;
  extensionId: string;
  /** Opens a release page and waits for the content script to finish. */
  open(url: string): Promise<Page>;
  /** Opens one of the extension's pages (panel.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The Firefox tab id of a page, asked of the extension's own tabs API. */
  tabIdOf(page: Page): Promise<number>;
  openPanel(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('dist/firefox is missing: run `npm run build` first (npm run test:firefox does).');
  }
  const { browser_specific_settings: settings } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const addonId: string = settings.gecko.id;
  const routes = fixtureRoutes(FIXTURES);
  const hosts = [...new Set([...routes.keys()].map((key) => key.slice(0, key.indexOf('/'))))];
  // A free port rather than a fixed one, so two checkouts can run the tier at once.
  const server = await startFixtureServer({ routes });
  const scratch = mkdtempSync(join(tmpdir(), 'release-lens-firefox-'));
  const cleanUp = async () => {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  };

  let firefox: Browser;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: join(scratch, 'profile'),
      // Firefox's own temporary files land in the scratch directory too.
      env: { ...process.env, TMPDIR: scratch },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'network.socket.forcePort': `443=${server.port}`,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      },
    });
    const installed = await firefox.installExtension(EXTENSION_DIR);
    if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await cleanUp();
    throw error;
  }

  const openExtensionPage = async (path: string): Promise<Page> => {
    const url = `moz-extension://${EXTENSION_UUID}/${path}`;
    const page = await firefox.newPage();
    // BiDi does not report navigations to moz-extension:// pages as finished, so start
    // the navigation and wait for the page itself to have loaded.
    page.goto(url).catch(() => undefined);
    await waitFor(async () => {
      const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => []);
      return state[0] === url && state[1] === 'complete';
    }, `${url} to load`);
    return page;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = await page.evaluate(() => location.href);
    const probe = await openExtensionPage('options.html');
    try {
      const id = await probe.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (typeof id !== 'number') throw new Error(`No tab for ${url}`);
      return id;
    } finally {
      await probe.close();
    }
  };

  return {
    browser: firefox,
    extensionId: addonId,
    async open(url) {
      const page = await firefox.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'), { timeout: 15_000 });
      return page;
    },
    openExtensionPage,
    tabIdOf,
    async openPanel(page) {
      return openExtensionPage(`panel.html?tab=${await tabIdOf(page)}`);
    },
    async close() {
      await firefox.close().catch(() => undefined);
      await cleanUp();
    },
  };
}

/** Polls `check` until it holds, for at most `ms`. */
export async function waitFor(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The element the user sees at a point, from the page's side. The tooltip's card is in a
 * closed shadow root that nothing outside the extension can enter in Firefox (BiDi has no
 * equivalent of Chromium's pierce), so its host is what shows that the card covers the point.
 */
export function elementAt(page: Page, x: number, y: number): Promise<string | undefined> {
  return page.evaluate((px, py) => document.elementFromPoint(px, py)?.localName, x, y);
}
