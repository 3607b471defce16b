/**
 * A site Release Lens does not run on, met by a reader who clicks its toolbar button:
 * the click grants activeTab, so the panel can name the site and offer to turn Release
 * Lens on for it, up to the browser's own permission prompt (which automation cannot
 * answer: the request stays pending, and the panel says what it waits for).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.js';

const RELEASE = 'https://www.sba.gov/article/2024/10/22/sba-delivers-record-lending-small-businesses-fiscal-year-2024';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The panel for a tab whose address the extension cannot see: the tab is found as the active one. */
async function panelFor(page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await harness.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const panel = await harness.context.newPage();
  await panel.goto(`chrome-extension://${harness.extensionId}/panel.html?tab=${tabId}`);
  return panel;
}

it('without a click the panel cannot see the address, and says how to turn the site on', async () => {
  const page = await harness.context.newPage();
  await page.goto(RELEASE);
  const panel = await panelFor(page);
  await expect.poll(() => panel.textContent('h1')).toBe('Release Lens is off here');
  expect(await panel.textContent('main')).toContain('click the Release Lens button in the toolbar');
  expect(await panel.locator('[data-section="turn-on-site"]').count()).toBe(0);
  await panel.close();
  await page.close();
});

it('after the toolbar click the panel names the site and asks the browser for it', async () => {
  const page = await harness.context.newPage();
  await page.goto(RELEASE);
  await harness.clickToolbarButton(page);
  // The click opened Chrome's side panel for the tab.
  await expect.poll(() => harness.sidePanels(page)).toBe(1);

  const panel = await panelFor(page);
  await expect.poll(() => panel.textContent('h1')).toBe('Release Lens is off on www.sba.gov');
  const button = panel.getByRole('button', { name: 'Turn on Release Lens for www.sba.gov' });
  await button.click();
  await expect.poll(() => panel.textContent('[data-section="turn-on-site"] [role="status"]')).toBe('Allow Release Lens on www.sba.gov in the browser’s prompt.');
  // Nothing is granted until the reader answers the prompt.
  const origins = await harness.worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
  expect(origins).not.toContain('https://www.sba.gov/*');
  await panel.close();
  await page.close();
});
