/**
 * The curated glossary in real Chromium: the content script fetches it from the
 * extension and an acronym the page never defines shows its glossary expansion, with
 * what the body is, on hover.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML } from '../support/founding.js';
import { hoverText, startHarness, tooltipText, type Harness } from './harness.js';

const URL = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004999';
const SENTENCE = 'an efficient and effective export control regime.';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  expect(FOUNDING_HTML).toContain(SENTENCE);
  // The founding release with one more sentence that uses OFAC without defining it.
  harness.serve(URL, FOUNDING_HTML.replace(SENTENCE, `${SENTENCE} BIS works with OFAC on sanctions cases.`));
  page = await harness.open(URL);
});
afterAll(async () => harness?.close());

describe('the glossary in Chromium', () => {
  it('expands an acronym the page does not define from the glossary, with its description', async () => {
    expect(await page.getAttribute('html', 'data-release-lens')).toBe('ready');
    await hoverText(page, 'acronym', 'OFAC');
    await expect.poll(() => tooltipText(page)).toContain('Office of Foreign Assets Control');
    const card = await tooltipText(page);
    expect(card).toContain('from the Release Lens glossary');
    expect(card).toContain('economic sanctions');
    expect(card).toContain('Department of the Treasury');
  });

  it('keeps the page’s own definition for an acronym the glossary also knows', async () => {
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltipText(page)).toBe('');
    await hoverText(page, 'acronym', 'MOFCOM');
    await expect.poll(() => tooltipText(page)).toContain('defined on this page');
    expect(await tooltipText(page)).toContain('MOFCOM: Ministry of Commerce');
  });
});
