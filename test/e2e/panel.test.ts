/** The side panel driven as a reader would, beside the founding release in Chromium. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { readHighlights } from '../support/highlights.js';
import { hasAttribute, hoverText, inClosedShadow, startHarness, tooltipText, type Harness } from './harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());
afterEach(async () => harness.closeOpenedTabs());

async function releaseWithPanel(): Promise<{ page: Page; panel: Page }> {
  const page = await harness.open(FOUNDING_URL);
  const panel = await harness.openPanel(page);
  await panel.waitForSelector('[data-section="acronyms"] li');
  return { page, panel };
}

const rowTexts = (panel: Page, section: string) =>
  panel.$$eval(`[data-section="${section}"] li button.item`, (els) => els.map((e) => e.textContent ?? ''));

/** The texts painted in the page for one category ('current': the annotation being read). */
const painted = (page: Page, kind: string) => page.evaluate(readHighlights, kind).then((h) => h.map((x) => x.text));
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('the side panel', () => {
  it('opens for a release tab with the release, why it was recognized, and its lists', async () => {
    const { page, panel } = await releaseWithPanel();
    expect(await panel.textContent('h1')).toContain('Guidelines for U.S.-China High Technology');
    await panel.click('summary');
    expect(await panel.textContent('.release .reasons')).not.toBe('');
    expect((await rowTexts(panel, 'acronyms')).map((t) => t.split(' ')[0]).sort()).toEqual(['BIS', 'HTWG', 'JCCT', 'MOFCOM']);
    expect((await rowTexts(panel, 'acronyms')).find((t) => t.startsWith('BIS'))).toMatch(/defined on this page · 4×/);
    expect(await panel.textContent('label.toggle[data-kind="money"]')).toMatch(/Money\s*2/);
    await Promise.all([panel.close(), page.close()]);
  });

  it('filters every list as the reader types, and says when nothing matches', async () => {
    const { page, panel } = await releaseWithPanel();
    await panel.fill('input[type="search"]', 'ministry');
    await expect.poll(() => rowTexts(panel, 'acronyms')).toEqual([expect.stringMatching(/^MOFCOM Ministry of Commerce/)]);
    expect(await panel.textContent('#acronyms-heading')).toContain('1 of 4');
    // A section with nothing to show is left out, insights included.
    expect(await panel.$('[data-section="figures"]')).toBeNull();
    expect(await panel.$('#figures-heading')).toBeNull();
    await panel.fill('input[type="search"]', 'high technology');
    await expect.poll(() => panel.textContent('#insights-heading')).toMatch(/\(\d+ of \d+\)/);
    const insights = await panel.$$eval('[data-section="insights"] > li .summary', (els) => els.map((e) => e.textContent ?? ''));
    expect(insights.length).toBeGreaterThan(0);
    for (const summary of insights) expect(summary).toMatch(/high technology/i);
    await panel.fill('input[type="search"]', 'nothing like this');
    await expect.poll(() => panel.textContent('main')).toContain('Nothing on this page matches “nothing like this”');
    // No list of findings is left; the reader's own facts are not filtered.
    expect(await panel.$$eval('main [data-section]', (els) => els.map((e) => e.getAttribute('data-section')).filter((id) => id !== 'facts'))).toEqual([]);
    await panel.press('input[type="search"]', 'Escape');
    await expect.poll(() => rowTexts(panel, 'acronyms').then((r) => r.length)).toBe(4);
    await Promise.all([panel.close(), page.close()]);
  });

  it('switches a category’s highlights off and on in the page', async () => {
    const { page, panel } = await releaseWithPanel();
    expect(await painted(page, 'money')).toEqual(['$55 billion', '$17.7 billion']);
    await panel.uncheck('label.toggle[data-kind="money"] input');
    await expect.poll(() => painted(page, 'money')).toEqual([]);
    // The other categories stay highlighted, and the panel says what happened.
    expect(await painted(page, 'percent')).toEqual(['32%', '44%']);
    await expect.poll(() => panel.textContent('[aria-live="polite"]')).toContain('Money no longer highlighted');
    await panel.check('label.toggle[data-kind="money"] input');
    await expect.poll(() => painted(page, 'money')).toEqual(['$55 billion', '$17.7 billion']);
    await Promise.all([panel.close(), page.close()]);
  });

  it('scrolls the page to an item the reader clicks, and marks it as the one being read', async () => {
    const { page, panel } = await releaseWithPanel();
    await page.setViewportSize({ width: 800, height: 300 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The last figure sits below the fold.
    await panel.click('[data-section="figures"] li:last-child button.item');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => selectedText(page)).toBe('$17.7 billion');
    expect(await painted(page, 'current')).toEqual(['$17.7 billion']);
    const inView = await page.evaluate(() => {
      const r = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await panel.getAttribute('[data-section="figures"] li:last-child button.item', 'aria-current')).toBe('true');
    await Promise.all([panel.close(), page.close()]);
  });

  it('marks an acronym as known: its highlights go in every tab, and it stays known', async () => {
    const { page, panel } = await releaseWithPanel();
    const other = await harness.open(FOUNDING_URL);
    const acronyms = async (p: Page) => new Set(await painted(p, 'acronym'));
    expect(await acronyms(page)).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
    await panel.click('li[data-name="BIS"] button[aria-pressed]');
    await expect.poll(() => acronyms(page)).toEqual(new Set(['MOFCOM', 'JCCT', 'HTWG']));
    await expect.poll(() => acronyms(other)).toEqual(new Set(['MOFCOM', 'JCCT', 'HTWG']));
    expect(await panel.getAttribute('li[data-name="BIS"] button[aria-pressed]', 'aria-pressed')).toBe('true');
    expect(await panel.textContent('li[data-name="BIS"]')).toContain('known, not highlighted');
    // A new visit still knows it.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready');
    expect(await acronyms(page)).toEqual(new Set(['MOFCOM', 'JCCT', 'HTWG']));
    // And un-marking brings the highlights back.
    await panel.click('li[data-name="BIS"] button[aria-pressed]');
    await expect.poll(() => acronyms(other)).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
    await Promise.all([panel.close(), page.close(), other.close()]);
  });

  it('moves its selection with the reader through the page’s highlights', async () => {
    const { page, panel } = await releaseWithPanel();
    await page.bringToFront();
    const seen: string[] = [];
    for (let step = 0; step < 3; step++) {
      await page.keyboard.press('Alt+Shift+KeyN');
      await expect.poll(() => painted(page, 'current').then((c) => c.length)).toBe(1);
      const current = (await painted(page, 'current'))[0] ?? '';
      seen.push(current);
      await expect.poll(() => panel.textContent('button.item[aria-current="true"] .term')).toBe(current);
    }
    expect(new Set(seen).size).toBe(3);
    await Promise.all([panel.close(), page.close()]);
  });

  it('works from the keyboard: shortcuts to the filter and between items, which can be turned off', async () => {
    const { page, panel } = await releaseWithPanel();
    await panel.keyboard.press('/');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('j');
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('item'))).toBe(true);
    const first = await panel.evaluate(() => document.activeElement?.textContent);
    await panel.keyboard.press('j');
    const second = await panel.evaluate(() => document.activeElement?.textContent);
    expect(second).not.toBe(first);
    await panel.keyboard.press('k');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(first);
    // Enter on an item reveals it in the page: the first is what the numbers say, whose first figure is revealed.
    const term = await panel.evaluate(() => {
      const item = document.activeElement;
      return item?.querySelector('.term')?.textContent ?? item?.closest('li')?.querySelector('button.input')?.textContent;
    });
    expect(term).toBeTruthy();
    await panel.keyboard.press('Enter');
    await expect.poll(() => selectedText(page)).toBe(term);
    // Turned off, `/` no longer jumps to the filter; arrows on items still move.
    await panel.uncheck('footer input[type="checkbox"]');
    await panel.focus('button.item');
    await panel.keyboard.press('/');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('type'))).not.toBe('search');
    await panel.keyboard.press('ArrowDown');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(second);
    await panel.check('footer input[type="checkbox"]');
    await Promise.all([panel.close(), page.close()]);
  });

  it('follows the reader across tab switches and navigations', async () => {
    const release = await harness.open(FOUNDING_URL);
    const elsewhere = await harness.open('https://2001-2009.commerce.gov/NewsRoom/index.htm');
    const windowId = await harness.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.windowId, FOUNDING_URL);
    // The panel in its own window, following the active tab of the release's window, as the docked panel does.
    const opened = harness.context.waitForEvent('page');
    await harness.worker.evaluate(
      ([id, w]) => chrome.windows.create({ url: `chrome-extension://${id}/panel.html?window=${w}`, type: 'popup' }),
      [harness.extensionId, windowId] as const,
    );
    const panel = await opened;
    await release.bringToFront();
    await expect.poll(() => panel.textContent('h1'), { timeout: 10_000 }).toContain('Guidelines');
    await elsewhere.bringToFront();
    await expect.poll(() => panel.textContent('h1'), { timeout: 10_000 }).toBe('Not a press release');
    await release.bringToFront();
    await expect.poll(() => panel.textContent('h1'), { timeout: 10_000 }).toContain('Guidelines');
    // Navigating the followed tab away from the release.
    await release.click('#leftnav a:text-is("News Room")');
    await expect.poll(() => panel.textContent('h1'), { timeout: 10_000 }).toBe('Not a press release');
    await Promise.all([panel.close(), release.close(), elsewhere.close()]);
  });
});

describe("a card's Open in panel", () => {
  it('opens the side panel beside the page, which starts on the annotation the card was about', async () => {
    const page = await harness.open(FOUNDING_URL);
    expect(await harness.sidePanels(page)).toBe(0);
    await hoverText(page, 'acronym', 'MOFCOM');
    await expect.poll(() => tooltipText(page)).toContain('Ministry of Commerce');
    await inClosedShadow(page, 'release-lens-tooltip', (n) => n.localName === 'button' && hasAttribute(n, 'data-action', 'open-panel'), 'click');
    await expect.poll(() => harness.sidePanels(page)).toBe(1);
    // The side panel itself cannot be driven from here; the same panel page, opened for the tab, starts on MOFCOM.
    const panel = await harness.openPanel(page);
    await expect.poll(() => panel.textContent('button.item[aria-current="true"] .term').catch(() => null)).toBe('MOFCOM');
  });
});
