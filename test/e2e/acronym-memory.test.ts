/**
 * Acronyms remembered across releases, in Chromium: one a release defined expands on a
 * later release that only uses it (marked learned, with the release it came from), and
 * one the user added on the options page expands on any release (marked as theirs).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML } from '../support/founding.js';
import { startHarness, type Harness } from './harness.js';

const BASE = 'https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/';

function release(id: string, sentence: string): { url: string; html: string } {
  return { url: `${BASE}PROD01_${id}`, html: FOUNDING_HTML.replace('<p>BEIJING, CHINA', `<p>${sentence}</p>\n<p>BEIJING, CHINA`) };
}

const DEFINES = release('007701', 'The Zephyr Quantum Office (‘ZQO’) was set up today.');
const USES = release('007702', 'The ZQO and the XVQ reported on progress.');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  for (const page of [DEFINES, USES]) harness.serve(page.url, page.html);
});
afterAll(async () => harness?.close());

const acronymRow = async (panel: Page, abbr: string): Promise<string> => {
  await panel.waitForSelector(`li[data-name="${abbr}"]`);
  return (await panel.textContent(`li[data-name="${abbr}"] button.item`)) ?? '';
};

describe('acronyms remembered across releases', () => {
  it('expands an acronym a release read earlier defined, saying where it was learned', async () => {
    const first = await harness.open(DEFINES.url);
    await expect
      .poll(() => harness.worker.evaluate(async () => (await chrome.storage.local.get('learned:ZQO'))['learned:ZQO']))
      .toMatchObject({ value: { abbr: 'ZQO', expansion: 'Zephyr Quantum Office' } });
    const later = await harness.open(USES.url);
    const panel = await harness.openPanel(later);
    const row = await acronymRow(panel, 'ZQO');
    expect(row).toContain('Zephyr Quantum Office');
    expect(row).toContain('learned from “Department of Commerce Announces');
    await Promise.all([panel.close(), later.close(), first.close()]);
  });

  it('expands an acronym the user added on the options page, marked as theirs', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await options.fill('input[name="abbr"]', 'XVQ');
    await options.fill('input[name="expansion"]', 'Xylo Vortex Quorum');
    await options.click('.acronym-form button[type="submit"]');
    await options.waitForSelector('tr[data-abbr="XVQ"]');
    const page = await harness.open(USES.url);
    const panel = await harness.openPanel(page);
    const row = await acronymRow(panel, 'XVQ');
    expect(row).toContain('Xylo Vortex Quorum');
    expect(row).toContain('your own definition');
    await Promise.all([panel.close(), page.close(), options.close()]);
  });
});
