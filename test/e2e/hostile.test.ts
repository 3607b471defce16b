/**
 * Hostile pages in real Chromium: payloads in the page's title, headline, acronym
 * definitions, names, figures and paragraphs. After annotating, hovering every card and
 * opening the panel, the canary proves nothing ran and nothing became markup, and the
 * page's text is what was served.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML } from '../support/founding.js';
import { escapeHtml, hostileRelease, PAYLOADS, placements, type Placement } from '../support/hostile.js';
import { injectedMarkup, startCanary, type Canary } from './canary.js';
import { startHarness, tooltipText, type Harness } from './harness.js';
import { pointOfText, selectText } from './text.js';

const ADDRESS = 'https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_0666';
const PLACEMENTS = placements().filter((p) => p.context !== 'headline');

let harness: Harness;
let canary: Canary;
const tally = { tried: 0, executed: 0, reachedCards: 0, reachedPanel: 0, exports: 0 };

beforeAll(async () => {
  harness = await startHarness();
  canary = startCanary(harness.context);
  harness.serve(ADDRESS, hostileRelease(PLACEMENTS));
});
afterAll(async () => {
  console.log(
    `hostile pages: ${tally.tried} payload placements tried, ${tally.executed} executed; ` +
      `${tally.reachedCards} reached a card and ${tally.reachedPanel} the panel, as text; ${tally.exports} exports carried them inertly`,
  );
  await harness?.close();
});

/** Everything the canary saw, in one list that should be empty. */
async function evidence(...pages: Page[]): Promise<string[]> {
  const found = [...canary.requests, ...canary.refusals];
  for (const page of pages) {
    found.push(...(await canary.calls(page)).map((id) => `called __pwned(${id})`), ...(await injectedMarkup(page)));
  }
  return found;
}

const servedText = (page: Page, html: string) =>
  page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').body.textContent, html);

describe('a release whose words carry script payloads', () => {
  it('has a canary that sees a payload parsed as markup, in a page and in an extension page', async () => {
    const page = await harness.open(ADDRESS);
    const panel = await harness.openPanel(page);
    const [payload] = placements();
    try {
      for (const target of [page, panel]) {
        await target.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), payload?.text ?? '');
      }
      await expect.poll(() => canary.requests.length).toBeGreaterThan(0);
      await expect.poll(() => canary.calls(page)).toEqual([payload?.id]);
      await expect.poll(() => canary.refusals.some((r) => r.startsWith('chrome-extension://'))).toBe(true);
      expect(await injectedMarkup(panel)).not.toEqual([]);
    } finally {
      // What the control provoked is not evidence against the tests after it.
      await panel.close();
      await page.close();
      canary.requests.length = 0;
      canary.refusals.length = 0;
    }
  });

  it('is annotated, its cards and panel show the payloads as text, and nothing runs', async () => {
    const page = await harness.open(ADDRESS);
    expect(await page.getAttribute('html', 'data-release-lens')).toBe('ready');
    expect(await page.evaluate(() => document.body.textContent)).toBe(await servedText(page, hostileRelease(PLACEMENTS)));

    const panel = await harness.openPanel(page);
    await panel.waitForSelector('[data-section="acronyms"] li');
    const panelText = await panel.evaluate(() => document.body.textContent ?? '');
    const defined = await panel.$$eval('[data-section="acronyms"] li', (items) =>
      items.map((li) => li.textContent?.match(/^Q[A-Z]{2}Z\b/)?.[0]).filter((w): w is string => Boolean(w)),
    );
    expect(defined.length).toBeGreaterThan(0);

    const cards: string[] = [];
    for (const word of defined) {
      const point = await pointOfText(page, word);
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => tooltipText(page)).toContain('Quorum');
      cards.push(await tooltipText(page));
      await page.mouse.move(0, 0);
    }

    tally.tried += PLACEMENTS.length;
    const reached = (p: Placement, text: string) => text.includes(p.text.slice(0, 200));
    tally.reachedCards += PLACEMENTS.filter((p) => cards.some((c) => reached(p, c))).length;
    tally.reachedPanel += PLACEMENTS.filter((p) => reached(p, panelText)).length;
    const found = await evidence(page, panel);
    tally.executed += found.length;
    expect(found).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('shows a headline carrying each payload as the release title, as text', async () => {
    const headlines = placements().filter((p) => p.context === 'headline');
    const page = await harness.context.newPage();
    let panel: Page | undefined;
    for (const [i, placement] of headlines.entries()) {
      const address = `${ADDRESS}${i}`;
      const html = FOUNDING_HTML.replace(/<h1>/, `<h1>${escapeHtml(placement.text)} `);
      harness.serve(address, html);
      await page.goto(address);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'));
      expect(await page.evaluate(() => document.body.textContent)).toBe(await servedText(page, html));
      panel ??= await harness.openPanel(page);
      const title = () => panel?.evaluate(() => document.querySelector('h1')?.textContent ?? '');
      if (placement.text.length <= 300) {
        await expect.poll(title, { timeout: 5_000 }).toContain(placement.text.replace(/\s+/g, ' ').trim());
        tally.reachedPanel++;
      } else {
        // Over 400 characters a headline is not taken as the title (detect/parts.ts): another one is, and the panel still works.
        await expect.poll(title, { timeout: 5_000 }).not.toContain(headlines[i - 1]?.text.slice(0, 20) ?? '');
        expect(await title()).not.toContain('W'.repeat(100));
      }
      tally.tried++;
      const found = await evidence(page, panel);
      tally.executed += found.length;
      expect(found, placement.payload).toEqual([]);
    }
    expect(headlines).toHaveLength(PAYLOADS.length);
    await panel?.close();
    await page.close();
  });

  it('keeps a payload passage the reader saved, with a payload note and tags, inert in the page, the panel and every export', async () => {
    const page = await harness.open(ADDRESS);
    const quote = PLACEMENTS.find((p) => p.context === 'paragraph' && p.payload === 'img onerror')?.text ?? '';
    const note = `=HYPERLINK("https://canary.test/hit/note","x") <img/src="https://canary.test/hit/note"/onerror="__pwned('c9p0')">`;
    const tags = `<svg/onload="__pwned('c9p1')">, @SUM(1+1)`;
    await selectText(page, quote);
    await page.keyboard.press('Alt+Shift+KeyF');
    await page.keyboard.type(note);
    await page.keyboard.press('Tab');
    await page.keyboard.type(tags);
    await page.keyboard.press('Enter');
    await expect.poll(() => harness.factsPlaced(page)).toBe('1/1');
    tally.tried += 3;

    const panel = await harness.openPanel(page);
    await panel.waitForSelector('[data-list="placed"] li');
    expect(await panel.textContent('[data-list="placed"] blockquote')).toBe(quote);
    expect(await panel.inputValue('[data-list="placed"] textarea[name="note"]')).toBe(note);
    const files: Record<string, string> = {};
    for (const format of ['json', 'csv', 'markdown', 'jsonld', 'tsv']) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.click(`button[data-format="${format}"]`)]);
      files[format] = readFileSync(await download.path(), 'utf8');
    }
    expect(JSON.parse(files.json ?? '').facts[0]).toMatchObject({ quote: { exact: quote }, note });
    expect(JSON.stringify(JSON.parse(files.jsonld ?? ''))).toContain(JSON.stringify(quote).slice(1, -1));
    // Spreadsheets: a cell that starts like a formula starts with an apostrophe instead.
    expect(files.csv).toContain(`"'=HYPERLINK(""https://canary.test/hit/note""`);
    expect(files.csv).not.toMatch(/(^|,)"?[=+\-@]/m);
    const [tsvHeader, tsvRow] = (files.tsv ?? '').split('\n').map((line) => line.split('\t'));
    expect(tsvRow?.[tsvHeader?.indexOf('Note') ?? -1]).toBe(`'${note}`);
    // Markdown: markup is backslash-escaped, so a renderer shows it as text.
    expect(files.markdown).not.toMatch(/(^|[^\\])<(img|svg)/m);
    expect(files.markdown).toContain('\\<img');
    tally.exports += Object.keys(files).length;

    const found = await evidence(page, panel);
    tally.executed += found.length;
    expect(found).toEqual([]);
    await panel.close();
    await page.close();
  });
});
