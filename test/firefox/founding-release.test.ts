/** The Firefox build on the founding release, in Debian's firefox-esr: what a user sees. */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';
import { readDecorationLines, readHighlights } from '../support/highlights.js';
import { elementAt, startFirefoxHarness, waitFor, type FirefoxHarness } from './harness.js';

let firefox: FirefoxHarness;
let page: Page;

beforeAll(async () => {
  firefox = await startFirefoxHarness();
  page = await firefox.open(FOUNDING_URL);
});
afterAll(async () => firefox?.close());

const painted = (of: Page, kind: string) => of.evaluate(readHighlights, kind);
const marks = async (of: Page, kind: string) => (await painted(of, kind)).map((h) => h.text);

describe('the founding release in Firefox', () => {
  it('is recognized as a release and annotated in place', async () => {
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-release-lens'))).toBe('ready');
    const acronyms = await marks(page, 'acronym');
    expect(new Set(acronyms)).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
    expect(await marks(page, 'money')).toEqual(['$55 billion', '$17.7 billion']);
    expect(await marks(page, 'percent')).toEqual(['32%', '44%']);
    expect(await page.evaluate(() => performance.getEntriesByName('release-lens:annotate').length)).toBe(1);
  });

  it('leaves the page text exactly as served', async () => {
    const served = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, FOUNDING_HTML);
    expect(await page.evaluate(() => document.body.textContent)).toBe(served);
  });

  it('shows the acronym card by an acronym on hover and on keyboard stepping, and hides it again', async () => {
    const acronym = async (text: string) => {
      let found = (await painted(page, 'acronym')).find((h) => h.text === text);
      if (found && (found.rect.y < 250 || found.rect.y > 400)) {
        await page.evaluate((dy) => window.scrollBy(0, dy), found.rect.y - 300);
        found = (await painted(page, 'acronym')).find((h) => h.text === text);
      }
      if (!found) throw new Error(`No ${text} highlight`);
      return found.rect;
    };
    // A point just above the acronym, where the card opens when there is room (tooltip.ts places it 6px above the line).
    const above = async (text: string) => {
      const box = await acronym(text);
      return { x: box.x + 8, y: box.y - 14 };
    };
    const htwg = await above('HTWG');
    expect(await elementAt(page, htwg.x, htwg.y)).not.toBe('release-lens-tooltip');
    const box = await acronym('HTWG');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitFor(async () => (await elementAt(page, htwg.x, htwg.y)) === 'release-lens-tooltip', 'the card on hover');
    await page.mouse.move(1, 1);
    await waitFor(async () => (await elementAt(page, htwg.x, htwg.y)) !== 'release-lens-tooltip', 'the card to close');

    // The first annotation in reading order is the release's first MOFCOM; stepping scrolls it into view where it is not.
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    const mofcom = await above('MOFCOM');
    await waitFor(async () => (await elementAt(page, mofcom.x, mofcom.y)) === 'release-lens-tooltip', 'the card on keyboard stepping');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await elementAt(page, mofcom.x, mofcom.y)) !== 'release-lens-tooltip', 'the card to close on Escape');
  });

  it('draws every line of ours under the text, and repeated mentions quietly', async () => {
    const lines = await page.evaluate(readDecorationLines);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(['underline', 'none']).toContain(line);
    expect(await page.evaluate(() => CSS.highlights.get('release-lens-acronym')?.size)).toBe(4);
    expect(await page.evaluate(() => CSS.highlights.get('release-lens-acronym-quiet')?.size ?? 0)).toBeGreaterThan(5);
  });
});

describe('the sidebar page for the founding release in Firefox', () => {
  it('lists the acronyms with their expansions and the figures', async () => {
    const panel = await firefox.openPanel(page);
    await panel.waitForSelector('[data-section="acronyms"] li');
    const acronyms = await panel.$$eval('[data-section="acronyms"] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(acronyms).toHaveLength(4);
    expect(acronyms.find((t) => t.startsWith('HTWG'))).toContain('U.S.-China High Technology and Strategic Trade Working Group');
    expect(acronyms.find((t) => t.startsWith('MOFCOM'))).toContain('Ministry of Commerce');
    const figures = await panel.$eval('[data-section="figures"]', (e) => e.textContent ?? '');
    for (const figure of ['$55 billion', '$17.7 billion', '32%', '44%']) expect(figures).toContain(figure);
    await panel.close();
  });
});

describe('pinned facts in Firefox', () => {
  it('pins the implied 2005 exports from the sidebar page and exports it in Markdown with its working and inputs', async () => {
    const panel = await firefox.openPanel(page);
    const pin = 'button.link';
    await panel.waitForSelector(`[data-section="insights"] ${pin}`);
    expect(await panel.$eval('button[data-format="markdown"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    const clicked = await panel.$$eval(`[data-section="insights"] ${pin}`, (buttons) => {
      const button = buttons.find((b) => b.textContent === 'Pin $41.67 billion') as HTMLButtonElement | undefined;
      button?.click();
      return Boolean(button);
    });
    expect(clicked).toBe(true);
    await waitFor(
      async () => (await panel.$$eval('[data-section="insights"] [role="status"]', (els) => els.map((e) => e.textContent ?? '').join(' '))).includes('Pinned $41.67 billion as a fact'),
      'the confirmation',
    );
    await waitFor(async () => (await panel.$$('[data-list="placed"] > li[data-source="insight"]')).length === 1, 'the pinned fact in Facts');
    // The download's text, as the panel hands it to the browser (BiDi reports no downloads).
    const markdown = await panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const createObjectURL = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (blob: Blob | MediaSource) => {
            if (blob instanceof Blob) void blob.text().then(resolve);
            return createObjectURL(blob);
          };
          (document.querySelector('button[data-format="markdown"]') as HTMLButtonElement).click();
        }),
    );
    expect(markdown).toContain('### $41.67 billion: implied earlier value');
    expect(markdown).toContain('**Working:** $55 billion ÷ (1 + 32%) = $41.67 billion');
    expect(markdown).toContain('1. “$55 billion” in “U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.”');
    expect(markdown).toMatch(/2\. “32%” in .*\[Go to the quote\]\(https:\/\/2001-2009\.commerce\.gov\/[^)]*#:~:text=[^)]*32%25/);
    await panel.close();
  });
});

describe('storage in Firefox', () => {
  it('keeps a setting changed on the options page, and the release follows it', async () => {
    const moneyPainted = (of: Page) => of.evaluate(() => CSS.highlights.has('release-lens-money'));
    expect(await moneyPainted(page)).toBe(true);

    const options = await firefox.openExtensionPage('options.html');
    const money = await options.waitForSelector('input[aria-label="Highlight Money"]');
    await money?.click();
    // The options page shows the change at once and stores it; wait for the stored record.
    await waitFor(
      () =>
        options.evaluate(async () => {
          type Sync = { storage: { sync: { get(key: string): Promise<Record<string, { value?: { visible?: boolean } }>> } } };
          const stored = await (globalThis as unknown as { browser: Sync }).browser.storage.sync.get('kind:money');
          return stored['kind:money']?.value?.visible === false;
        }),
      'the setting to be stored',
    );
    await options.close();

    const again = await firefox.openExtensionPage('options.html');
    await again.waitForSelector('input[aria-label^="Highlight "]');
    const checked = await again.$$eval('input[aria-label^="Highlight "]', (inputs) =>
      Object.fromEntries(inputs.map((i) => [i.getAttribute('aria-label'), (i as HTMLInputElement).checked])),
    );
    expect(checked['Highlight Money']).toBe(false);
    expect(checked['Highlight Percentages']).toBe(true);
    await again.close();

    const release = await firefox.open(FOUNDING_URL);
    expect(await moneyPainted(release)).toBe(false);
    expect(await release.evaluate(() => document.documentElement.getAttribute('data-release-lens'))).toBe('ready');
    await release.close();
  });
});
