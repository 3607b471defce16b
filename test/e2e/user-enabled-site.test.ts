/**
 * A site Release Lens has no layout for, turned on by the user from the options page,
 * read by the generic detector once the content script is registered for it.
 *
 * Chromium's permission prompt cannot be answered by automation (it stays open;
 * `permissions.request` from the service worker is refused without a user gesture;
 * `--apps-gallery-install-auto-confirm-for-tests` does not apply to it). So this test
 * loads a copy of the build whose manifest already grants www.sba.gov — standing in for
 * the user's "Allow" — while its own content script still covers only the Commerce
 * sites. Everything after the prompt is real: the click, `permissions.request`
 * (answered without a prompt because the origin is granted), the dynamic registration,
 * and detection on reload. The prompt itself, and turning a site off (the stand-in grant
 * is a required one, which Chromium will not remove), are checked by hand (docs/detection.md).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readHighlights } from '../support/highlights.js';
import { EXTENSION_DIR, startHarness, type Harness } from './harness.js';
import { paintedIn } from './painted.js';

const SITE = 'https://www.sba.gov/*';
const RELEASE = 'https://www.sba.gov/article/2024/10/22/sba-delivers-record-lending-small-businesses-fiscal-year-2024';
let harness: Harness;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'release-lens-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions.push(SITE);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  harness = await startHarness({ extensionDir: dir });
});
afterAll(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('runs the generic detector on a site only after the user turns it on', async () => {
  const before = await harness.context.newPage();
  await before.goto(RELEASE);
  await before.waitForTimeout(1_500);
  expect(await before.getAttribute('html', 'data-release-lens')).toBeNull();

  const options = await harness.context.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await options.fill('section[data-section="sites"] input[name="site"]', 'https://www.sba.gov/newsroom');
  await options.click('section[data-section="sites"] button[type="submit"]');
  await expect.poll(() => options.textContent('section[data-section="sites"] [role="status"]')).toContain('Release Lens is on for www.sba.gov');
  expect(await options.textContent('section[data-section="sites"] li[data-origin="https://www.sba.gov/*"]')).toContain('www.sba.gov');
  const registered = await harness.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expect(registered.map((s) => s.matches)).toEqual([[SITE]]);

  await before.reload();
  await before.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready', null, { timeout: 15_000 });
  const money = await before.evaluate(readHighlights, 'money');
  expect(money.map((h) => h.text)).toContain('$56 billion');
  expect(await paintedIn(before, 'article')).toBeGreaterThan(3);
  expect(await paintedIn(before, 'aside')).toBe(0);
  expect(await paintedIn(before, 'header')).toBe(0);
});
