/**
 * Launching Chromium with the built extension, shared by `npm start` and the end-to-end
 * tests. Every host name resolves to the local fixture server, so nothing reaches the
 * network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium binary. ' +
  'To try the extension by hand, open chrome://extensions, turn on Developer mode, and "Load unpacked" the dist/chrome folder.';

/** CHROME_PATH, else Debian's Chromium, else an installed Chrome. */
export function findChromium() {
  const path = process.env.CHROME_PATH || CANDIDATES.find((p) => existsSync(p));
  if (!path || !existsSync(path)) throw new Error(INSTALL_HINT);
  return path;
}

/**
 * @param {{ extensionDir: string, port: number, headless: boolean, viewport?: { width: number, height: number } }} options
 */
export async function launchWithExtension({ extensionDir, port, headless, viewport }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'release-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    ignoreHTTPSErrors: true,
    viewport: viewport ?? { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}
