/** The library page, as a reader uses it after reading releases in Chromium. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { TRADE_STATEMENTS } from '../support/trade-statements.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());
afterEach(async () => harness.closeOpenedTabs());

const [SEPTEMBER, FEBRUARY, MARCH, MAY] = TRADE_STATEMENTS;

async function read(url: string): Promise<void> {
  const page = await harness.open(url);
  expect(await page.getAttribute('html', 'data-release-lens')).toBe('ready');
  await page.close();
}

async function openLibrary(hash = ''): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/library.html${hash}`);
  return page;
}

const titles = (library: Page) => library.$$eval('li.release .title', (els) => els.map((e) => e.textContent ?? ''));

/** The library's list, read again until it has `count` releases (recording is asynchronous). */
async function listed(count: number): Promise<{ library: Page; titles: string[] }> {
  const library = await openLibrary();
  await expect
    .poll(async () => {
      await library.reload();
      await library.waitForSelector('main.library');
      return (await titles(library)).length;
    })
    .toBe(count);
  return { library, titles: await titles(library) };
}

describe('the library', () => {
  it('tells a new reader what will appear, before anything is read', async () => {
    const library = await openLibrary();
    await library.waitForSelector('.empty-state');
    expect(await library.textContent('.empty-state')).toMatch(/Every release you open with Release Lens is kept here/);
    expect(await library.$('input[type="search"]')).not.toBeNull();
    await library.goto(`chrome-extension://${harness.extensionId}/library.html#/series`);
    expect(await library.textContent('main.library .empty')).toMatch(/No series yet\. When you have read releases that give the same figure/);
    await library.goto(`chrome-extension://${harness.extensionId}/library.html#/entities/person`);
    expect(await library.textContent('main.library .empty')).toMatch(/No people yet: they appear here as you read releases that name them/);
    await library.goto(`chrome-extension://${harness.extensionId}/library.html#/manage`);
    expect(await library.textContent('[data-library="usage"]')).toMatch(/^0 releases, about 0 bytes\./);
    expect(await library.isDisabled('button:has-text("Export library")')).toBe(true);
  });

  it('lists the releases read, newest first, with agency and date', async () => {
    for (const url of [FOUNDING_URL, SEPTEMBER.url, FEBRUARY.url]) await read(url);
    const { library, titles: list } = await listed(3);
    expect(list[0]).toMatch(/February 2016/);
    expect(list[1]).toMatch(/September 2015/);
    expect(list[2]).toMatch(/Guidelines for U\.S\.-China High Technology/);
    const metas = await library.$$eval('li.release .meta', (els) => els.map((e) => e.textContent ?? ''));
    expect(metas[0]).toMatch(/U\.S\. Department of Commerce · 2016-04-05 · Statement/);
    expect(metas[2]).toMatch(/2007-12-11 · Press release/);
  });

  it('reading a release again updates its record instead of adding one', async () => {
    await read(FOUNDING_URL);
    const { titles: list } = await listed(3);
    expect(list.filter((t) => /Guidelines/.test(t))).toHaveLength(1);
  });

  it('filters by year and kind', async () => {
    const library = await openLibrary();
    await library.waitForSelector('li.release');
    await library.selectOption('label.choice:has-text("Year") select', '2007');
    await expect.poll(() => titles(library)).toEqual([expect.stringMatching(/Guidelines/)]);
    await library.selectOption('label.choice:has-text("Year") select', '');
    await library.selectOption('label.choice:has-text("Kind") select', 'statement');
    await expect.poll(() => titles(library).then((t) => t.length)).toBe(2);
  });

  it('finds MOFCOM in the founding release only, with the sentence shown and the term marked', async () => {
    const library = await openLibrary();
    await library.waitForSelector('li.release');
    await library.fill('input[type="search"]', 'MOFCOM');
    await expect.poll(() => titles(library)).toEqual([expect.stringMatching(/Guidelines/)]);
    await library.waitForSelector('.sentence mark');
    expect(await library.textContent('.sentence')).toMatch(/MOFCOM/);
    expect(await library.$$eval('.sentence mark', (els) => els.map((e) => e.textContent))).toContain('MOFCOM');
    const href = await library.getAttribute('li.release .title', 'href');
    expect(href).toMatch(/^https:\/\/2001-2009\.commerce\.gov\/NewsRoom\/SecretarialTrips\/ssLINK\/PROD01_004904#:~:text=/);
  });

  it('opens from the panel', async () => {
    const page = await harness.open(FEBRUARY.url);
    const panel = await harness.openPanel(page);
    const opened = harness.context.waitForEvent('page');
    await panel.click('[data-library="recording"] button:has-text("Open the library")');
    const library = await opened;
    await library.waitForLoadState();
    expect(library.url()).toBe(`chrome-extension://${harness.extensionId}/library.html`);
    await library.waitForSelector('li.release');
  });

  it('records nothing once the reader turns recording off in the panel, and again once on', async () => {
    const page = await harness.open(FEBRUARY.url);
    const panel = await harness.openPanel(page);
    const everywhere = panel.getByLabel('Keep the releases I read in my library');
    await everywhere.uncheck();
    await expect.poll(() => harness.worker.evaluate(async () => (await chrome.storage.sync.get('library:prefs'))['library:prefs'])).toMatchObject({ value: { recording: false } });
    await read(MARCH.url);
    // Give a recording that should not happen the time one takes.
    await new Promise((r) => setTimeout(r, 1_500));
    const { titles: list } = await listed(3);
    expect(list.some((t) => /March 2016/.test(t))).toBe(false);
    await everywhere.check();
    await read(MARCH.url);
    await listed(4);
  });

  it('gives Carlos M. Gutierrez a page with his release and his role', async () => {
    const library = await openLibrary();
    await library.waitForSelector('li.release');
    await library.click('li.release a:has-text("Carlos M. Gutierrez")');
    await library.waitForSelector('[data-entity="person:carlos m gutierrez"]');
    expect(await library.textContent('h1')).toBe('Carlos M. Gutierrez');
    expect(await library.textContent('ul.roles')).toMatch(/Secretary of Commerce, 2007/);
    expect(await titles(library)).toEqual([expect.stringMatching(/Guidelines for U\.S\.-China High Technology/)]);
    // The link to the sentence that names him comes once the release's text is read.
    await expect.poll(() => library.getAttribute('li.release .title', 'href')).toMatch(/#:~:text=/);
  });

  it('is reached by keyboard alone: the views, the search, the filters, a release and the people it names', async () => {
    const library = await openLibrary();
    await library.waitForSelector('li.release');
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await library.keyboard.press('Tab');
      const focused = await library.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { label: el.getAttribute('aria-label') || el.textContent?.trim() || el.id || el.localName, visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (!focused) continue;
      // Every stop shows where the focus is.
      expect(focused.visible, `focus ring on ${focused.label}`).toBe(true);
      reached.push(focused.label);
    }
    for (const stop of ['Releases', 'People, acronyms, places', 'Series', 'Manage', 'library-search', 'Carlos M. Gutierrez']) expect(reached).toContain(stop);
    expect(reached.some((l) => /Guidelines for U\.S\.-China/.test(l))).toBe(true);
    expect(reached.filter((l) => /^Forget “/.test(l)).length).toBeGreaterThan(0);
    // Enter follows the focused link: the person's page.
    await library.focus('li.release a:has-text("Carlos M. Gutierrez")');
    await library.keyboard.press('Enter');
    await library.waitForSelector('[data-entity="person:carlos m gutierrez"]');
    // Typing in the search box searches.
    await library.goto(`chrome-extension://${harness.extensionId}/library.html#/`);
    await library.focus('#library-search');
    await library.keyboard.type('MOFCOM');
    // Every letter is kept, however fast they come.
    expect(await library.inputValue('#library-search')).toBe('MOFCOM');
    await library.waitForSelector('.sentence mark');
  });

  it('draws U.S. exports across the trade statements as a chart with a point per release, beside a table', async () => {
    const library = await openLibrary('#/series');
    const link = library.locator('ul.series-list a', { hasText: /^U\.S\. exports of goods and services — level/ });
    await link.click();
    await library.waitForSelector('.chart canvas');
    const rows = await library.$$eval('.series-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    // September 2015, February and March 2016 are in the library by now.
    expect(rows.map((r) => r[1])).toEqual(['$187.9 billion', '$178.1 billion', '$176.6 billion']);
    expect(new Set(rows.map((r) => r[2])).size).toBe(3);
    const hrefs = await library.$$eval('.series-table tbody a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/2014-2017\.commerce\.gov\/.+#:~:text=/);
    // The chart has a point for each: hovering one shows its tooltip.
    const canvas = await library.$('.chart .u-over');
    const box = await canvas?.boundingBox();
    expect(box).toBeTruthy();
    if (box) await library.mouse.move(box.x + 4, box.y + box.height / 2);
    await library.waitForSelector('.chart-tip:not([hidden])');
    expect(await library.textContent('.chart-tip')).toMatch(/\$187\.9 billion/);
  });

  it('records nothing from a site the reader turned off in the panel, and again once on', async () => {
    const page = await harness.open(FEBRUARY.url);
    const panel = await harness.openPanel(page);
    const site = panel.getByLabel('…on commerce.gov');
    await site.uncheck();
    await expect.poll(() => harness.worker.evaluate(async () => (await chrome.storage.sync.get('library:prefs'))['library:prefs'])).toMatchObject({ value: { recording: true, offSites: ['commerce.gov'] } });
    await read(MAY.url);
    // Give a recording that should not happen the time one takes.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await listed(4)).titles.some((t) => /May 2016/.test(t))).toBe(false);
    await site.check();
    await read(MAY.url);
    expect((await listed(5)).titles.filter((t) => /May 2016/.test(t))).toHaveLength(1);
  });
});
