/**
 * A calm page: what Release Lens draws by default on the founding release, measured as
 * a reader would meet it. Lines under the text only; about half the marks there were
 * with every category on, yet every acronym and figure the release is about still
 * marked; the headline and repeated mentions quiet; our card and legend light or dark as
 * the page is, whatever the system's setting.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { readDecorationLines } from '../support/highlights.js';
import { hasAttribute, highlighted, hoverText, inClosedShadow, startHarness, tooltipText, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const KINDS = ['acronym', 'person', 'organization', 'place', 'document', 'money', 'percent', 'quantity', 'date', 'year', 'phone', 'email'];

/** Every range or mark painted, by highlight name (loud and quiet apart). */
const paintedByName = (page: Page) =>
  page.evaluate(() => Object.fromEntries([...CSS.highlights].filter(([name]) => name !== 'release-lens-current').map(([name, h]) => [name, h.size])));

describe('the founding release by default', () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open(FOUNDING_URL);
  });
  // Closed, so the tests below that find the release's tab by its address find theirs.
  afterAll(async () => page?.close());

  it('marks about half of what every category would, and still every acronym and figure of the release', async () => {
    const byDefault = Object.values(await paintedByName(page)).reduce((a, b) => a + b, 0);
    const tabId = await harness.tabIdOf(page);
    for (const kind of KINDS) await harness.worker.evaluate(([id, k]) => chrome.tabs.sendMessage(id as number, { type: 'set-kind-visible', kind: k, visible: true }), [tabId, kind] as const);
    const everything = Object.values(await paintedByName(page)).reduce((a, b) => a + b, 0);
    expect(everything).toBeGreaterThan(40);
    expect(byDefault).toBeLessThanOrEqual(Math.ceil(everything / 2));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready');
    expect(new Set((await highlighted(page, 'acronym')).map((h) => h.text))).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
    expect((await highlighted(page, 'money')).map((h) => h.text)).toEqual(['$55 billion', '$17.7 billion']);
    expect((await highlighted(page, 'percent')).map((h) => h.text)).toEqual(['32%', '44%']);
    expect((await highlighted(page, 'person')).map((h) => h.text)).toContain('Carlos M. Gutierrez');
    expect((await highlighted(page, 'date')).map((h) => h.text).join(' ')).toContain('December 11, 2007');
  });

  it('draws only lines under the text: no rule of ours draws over or through a line', async () => {
    const decorations = await page.evaluate(readDecorationLines);
    expect(decorations.length).toBeGreaterThan(20);
    for (const line of decorations) expect(['underline', 'none']).toContain(line);
  });

  it('marks an acronym loudly once and quietly after, and leaves the headline quiet', async () => {
    const names = await paintedByName(page);
    expect(names['release-lens-acronym']).toBe(4);
    expect(names['release-lens-acronym-quiet']).toBeGreaterThan(5);
    const quietInHeadline = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h1, h2, h3, .title, strong')].find((el) => el.textContent?.includes('Announces Signing'));
      if (!heading) return null;
      let loud = 0;
      for (const [name, highlight] of CSS.highlights) {
        for (const range of highlight) if (heading.contains(range.startContainer) && !name.endsWith('-quiet')) loud++;
      }
      return loud;
    });
    expect(quietInHeadline).toBe(0);
  });

  it('the legend, the panel and its lists count the same things: each thing once, the categories shown', async () => {
    const panel = await harness.openPanel(page);
    await panel.waitForSelector('label.toggle');
    const toggles = await panel.$$eval('label.toggle', (labels) =>
      labels.map((l) => ({ on: (l.querySelector('input') as HTMLInputElement).checked, count: Number(l.querySelector('.count')?.textContent), kind: l.getAttribute('data-kind') })),
    );
    expect(toggles.find((t) => t.kind === 'acronym')?.count).toBe(4);
    expect(await panel.textContent('#acronyms-heading')).toContain('(4)');
    const shown = toggles.filter((t) => t.on).reduce((n, t) => n + t.count, 0);
    const label = await inClosedShadow(page, 'release-lens-legend', (n) => n.localName === 'button' && hasAttribute(n, 'class', 'toggle'), 'function () { return this.textContent; }');
    expect(label).toBe(`Release Lens · ${shown}`);
    await panel.close();
  });
});

describe('our card and legend follow the page, not the system', () => {
  const cardBackground = (page: Page) =>
    inClosedShadow(page, 'release-lens-tooltip', (n) => n.localName === 'div' && hasAttribute(n, 'class', 'card'), 'function () { return getComputedStyle(this).backgroundColor; }');
  const legendBackground = (page: Page) =>
    inClosedShadow(page, 'release-lens-legend', (n) => n.localName === 'section', 'function () { return getComputedStyle(this).backgroundColor; }');

  /** The founding release with its card open, the system set to `system`, the page made dark with a style sheet of its own or left as served. */
  async function cardOn(system: 'light' | 'dark', darkPage: boolean): Promise<Page> {
    const page = await harness.context.newPage();
    await page.emulateMedia({ colorScheme: system });
    if (darkPage) {
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'html, body, table, td, div { background: #15171a !important; color: #ddd !important; }';
          document.head.append(style);
        });
      });
    }
    await page.goto(FOUNDING_URL);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready');
    await hoverText(page, 'money', '$55 billion');
    await expect.poll(() => tooltipText(page)).toContain('$55 billion');
    return page;
  }

  it('a light government page in a dark system gets a light card and legend', async () => {
    const page = await cardOn('dark', false);
    expect(await cardBackground(page)).toBe('rgb(255, 255, 255)');
    expect(await legendBackground(page)).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('a dark page in a light system gets a dark card and legend', async () => {
    const page = await cardOn('light', true);
    expect(await cardBackground(page)).toBe('rgb(34, 34, 34)');
    expect(await legendBackground(page)).toBe('rgb(34, 34, 34)');
    await page.close();
  });
});

describe('cards stay out of the way', () => {
  const cardRect = (page: Page) =>
    inClosedShadow(page, 'release-lens-tooltip', (n) => n.localName === 'div' && hasAttribute(n, 'class', 'card'), 'function () { const r = this.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }') as Promise<{ top: number; bottom: number; left: number; right: number }>;

  it("a figure's card is compact: what it measures, what it implies, each thing said once", async () => {
    const page = await harness.open(FOUNDING_URL);
    await hoverText(page, 'money', '$55 billion');
    await expect.poll(() => tooltipText(page)).toContain('$55 billion');
    const text = await tooltipText(page);
    expect(text).toContain('U.S. exports to China');
    expect(text).toContain('$41.67 billion');
    expect(text).not.toMatch(/55,000,000,000|55000000000/);
    expect(text.split('$13.33 billion').length - 1).toBe(1);
    const card = await cardRect(page);
    expect(card.bottom - card.top).toBeLessThan(260);
    await page.close();
  });

  it('"Show in page" from the panel opens one popup: the card, not also the selection\'s "Save as fact"', async () => {
    const page = await harness.open(FOUNDING_URL);
    const panel = await harness.openPanel(page);
    await panel.click('[data-section="figures"] li:has-text("$17.7 billion") button.item');
    await expect.poll(() => tooltipText(page)).toContain('$17.7 billion');
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('$17.7 billion');
    await page.waitForTimeout(400);
    const pinShown = await inClosedShadow(page, 'release-lens-facts', (n) => n.localName === 'button' && hasAttribute(n, 'class', 'pin'), 'function () { return !this.hidden; }').catch(() => false);
    expect(pinShown).toBe(false);
    // A selection of the reader's own still gets its button.
    await page.evaluate(() => {
      const text = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Background'))?.nextElementSibling?.firstChild ?? document.querySelector('p')?.firstChild;
      if (text) getSelection()?.setBaseAndExtent(text, 0, text, 12);
    });
    await expect
      .poll(() => inClosedShadow(page, 'release-lens-facts', (n) => n.localName === 'button' && hasAttribute(n, 'class', 'pin'), 'function () { return !this.hidden; }').catch(() => false))
      .toBe(true);
    await panel.close();
    await page.close();
  });

  // "Mario Mancuso" stands early in a sentence that runs on for two more lines.
  for (const [kind, text] of [['money', '$55 billion'], ['person', 'Mario Mancuso']] as const) {
    it(`a card met by stepping to ${text} with the keyboard sits clear of its line and the rest of its sentence`, async () => {
      const page = await harness.open(FOUNDING_URL);
      for (let i = 0; i < 40 && !(await tooltipText(page)).includes(text); i++) await page.keyboard.press('Alt+Shift+KeyN');
      await expect.poll(() => tooltipText(page)).toContain(text);
      // The sentence from the annotation to its full stop, line by line.
      const lines = await page.evaluate(
        ([k, t]) => {
          const range = [...(CSS.highlights.get(`release-lens-${k}`) ?? [])].find((r) => {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            return live.toString() === t;
          });
          if (!range) return [];
          const node = range.endContainer as Text;
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          const stop = node.data.indexOf('.', range.endOffset);
          live.setEnd(node, stop < 0 ? node.data.length : stop + 1);
          return [...live.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
        },
        [kind, text] as const,
      );
      expect(lines.length).toBeGreaterThan(0);
      const card = await cardRect(page);
      for (const line of lines) {
        const overlaps = card.left < line.right && line.left < card.right && card.top < line.bottom && line.top < card.bottom;
        expect(overlaps, `card ${JSON.stringify(card)} over line ${JSON.stringify(line)}`).toBe(false);
      }
      await page.close();
    });
  }
});
