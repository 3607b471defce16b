/** The walking skeleton's slice, on the founding release, in real Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, FOUNDING_NAME, FOUNDING_URL } from '../support/founding.js';
import { highlighted, hoverText, startHarness, tooltipText, type Harness } from './harness.js';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open(FOUNDING_URL);
});
afterAll(async () => harness?.close());

const marks = async (kind: string) => (await highlighted(page, kind)).map((h) => h.text);

describe('the founding release in Chromium', () => {
  it('is recognized as a release and marked ready', async () => {
    expect(await page.getAttribute('html', 'data-release-lens')).toBe('ready');
  });

  it('highlights the four page-defined acronyms in the body, not in the navigation or footer', async () => {
    const acronyms = await marks('acronym');
    expect(new Set(acronyms)).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
    expect(acronyms.filter((a) => a === 'BIS').length).toBe(4);
    const all = (await Promise.all(['acronym', 'money', 'percent', 'date', 'phone'].map((k) => highlighted(page, k)))).flat();
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((h) => h.inside.some((id) => ['leftnav', 'footer', 'skip'].includes(id)))).toEqual([]);
  });

  it('highlights the money figures and percentages', async () => {
    expect(await marks('money')).toEqual(['$55 billion', '$17.7 billion']);
    expect(await marks('percent')).toEqual(['32%', '44%']);
  });

  it('shows an acronym expansion from the page on hover and on keyboard focus', async () => {
    await hoverText(page, 'acronym', 'HTWG');
    await expect.poll(() => tooltipText(page)).toContain('U.S.-China High Technology and Strategic Trade Working Group');
    expect(await tooltipText(page)).toContain('defined on this page');
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltipText(page)).toBe('');
    for (let i = 0; i < 30 && !(await tooltipText(page)).includes('MOFCOM'); i++) await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => tooltipText(page)).toContain('Ministry of Commerce');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBe('');
  });

  it('records the work as one performance measure', async () => {
    const measures = await page.evaluate(() => performance.getEntriesByName('release-lens:annotate').length);
    expect(measures).toBe(1);
  });

  it('leaves the page text exactly as served, and its links working', async () => {
    const served = await harness.context.newPage();
    await served.route('**/*', (route) => route.fulfill({ body: readFileSync(join(FIXTURES, `${FOUNDING_NAME}.html`), 'utf8'), contentType: 'text/html' }));
    await served.goto('https://plain.test/');
    const original = await served.evaluate(() => document.body.textContent);
    await served.close();
    expect(await page.evaluate(() => document.body.textContent)).toBe(original);
    await page.click('#leftnav a:text-is("News Room")');
    await page.waitForURL('https://2001-2009.commerce.gov/NewsRoom/index.htm');
    // The content script runs at document_idle, after the load event waitForURL waits for.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'));
    expect(await page.getAttribute('html', 'data-release-lens')).toBe('not-a-release');
  });
});

describe('the side panel for the founding release', () => {
  it('lists the acronyms with their expansions, the figures and the implied bases', async () => {
    const release = await harness.open(FOUNDING_URL);
    const panel = await harness.openPanel(release);
    await panel.waitForSelector('[data-section="acronyms"] li');
    const acronyms = await panel.$$eval('[data-section="acronyms"] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(acronyms).toHaveLength(4);
    expect(acronyms.find((t) => t.startsWith('HTWG'))).toContain('U.S.-China High Technology and Strategic Trade Working Group');
    expect(acronyms.find((t) => t.startsWith('MOFCOM'))).toContain('Ministry of Commerce');
    const figures = await panel.$$eval('[data-section="figures"] li', (els) => els.map((e) => e.textContent ?? ''));
    // The two money figures and two rates, plus the one count the release gives ("two countries").
    for (const figure of ['$55 billion', '$17.7 billion', '32%', '44%', 'two countries']) {
      expect(figures.filter((f) => f.startsWith(figure))).toHaveLength(1);
    }
    expect(figures).toHaveLength(5);
    expect(await panel.textContent('[data-section="insights"]')).toContain('$41.67 billion');
    await panel.close();
    await release.close();
  });

  it('scrolls the page to an item clicked in the panel', async () => {
    const release = await harness.open(FOUNDING_URL);
    await release.setViewportSize({ width: 800, height: 300 });
    const panel = await harness.openPanel(release);
    await panel.click('[data-section="figures"] li:has-text("$17.7 billion") button.item');
    await expect.poll(() => release.evaluate(() => getSelection()?.toString())).toBe('$17.7 billion');
    await expect.poll(() => tooltipText(release)).toContain('$17.7 billion');
    await expect.poll(() => release.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await panel.close();
    await release.close();
  });
});
