/**
 * Ten tabs writing to storage at the same moment, in the real browser: each is a release
 * that defines five acronyms of its own, and each tab's content script stores them as
 * learned. Every write must land. A naive shared list written from ten extension pages at
 * once is measured beside it, to show the writes really do overlap.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML } from '../support/founding.js';
import { startHarness, type Harness } from './harness.js';

const TABS = 10;
const PER_TAB = 5;
const WORDS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar'];

/** Tab t's acronym i: "Alpha Kilo Quebec Office (AKQO)", unique for each (t, i). */
function definition(t: number, i: number): { abbr: string; long: string } {
  const words = [WORDS[t] ?? 'Zulu', WORDS[10 + i] ?? 'Zulu', 'Quebec', 'Office'];
  return { abbr: words.map((w) => w[0]).join(''), long: words.join(' ') };
}

function releasePage(t: number): { url: string; html: string } {
  const sentences = Array.from({ length: PER_TAB }, (_, i) => {
    const d = definition(t, i);
    return `The ${d.long} (‘${d.abbr}’) met today, and the ${d.abbr} will report soon.`;
  });
  const html = FOUNDING_HTML.replace('<p>BEIJING, CHINA', `<p>${sentences.join(' ')}</p>\n<p>BEIJING, CHINA`);
  return { url: `https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_0099${String(t).padStart(2, '0')}`, html };
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const storedKeys = (): Promise<string[]> => harness.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));

describe('ten tabs writing at once', () => {
  it('lose none of their writes', async () => {
    const pages = Array.from({ length: TABS }, (_, t) => releasePage(t));
    for (const p of pages) harness.serve(p.url, p.html);
    const expected = pages.flatMap((_, t) => Array.from({ length: PER_TAB }, (_, i) => `learned:${definition(t, i).abbr}`));
    expect(new Set(expected).size).toBe(TABS * PER_TAB);

    const tabs = await Promise.all(pages.map((p) => harness.open(p.url)));
    for (const tab of tabs) expect(await tab.getAttribute('html', 'data-release-lens')).toBe('ready');
    await expect
      .poll(async () => {
        const keys = new Set(await storedKeys());
        return expected.filter((k) => !keys.has(k)).length;
      }, { timeout: 15_000 })
      .toBe(0);
    const keys = new Set(await storedKeys());
    const landed = expected.filter((k) => keys.has(k)).length;
    const stored = await harness.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], expected[7] ?? '');
    expect(stored).toMatchObject({ schemaVersion: 1, value: { abbr: definition(1, 2).abbr, expansion: definition(1, 2).long } });
    console.log(`storage, ${TABS} tabs at once: writes ${expected.length}, landed ${landed}, lost ${expected.length - landed}`);
    await Promise.all(tabs.map((t) => t.close()));
  });

  it('(control) a shared list written by ten pages at once does lose writes, which is why records have their own keys', async () => {
    const pages: Page[] = await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await harness.context.newPage();
        await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
        return page;
      }),
    );
    await pages[0]?.evaluate(() => chrome.storage.local.set({ 'control-list': [] }));
    await Promise.all(
      pages.map((page, t) =>
        page.evaluate(async (tab) => {
          for (let i = 0; i < 20; i++) {
            const { 'control-list': list } = (await chrome.storage.local.get('control-list')) as { 'control-list': string[] };
            await chrome.storage.local.set({ 'control-list': [...list, `${tab}:${i}`] });
          }
        }, t),
      ),
    );
    const list = await harness.worker.evaluate(async () => ((await chrome.storage.local.get('control-list'))['control-list'] as string[]).length);
    console.log(`control, one shared list from ${TABS} pages: writes ${TABS * 20}, landed ${list}, lost ${TABS * 20 - list}`);
    expect(list).toBeLessThan(TABS * 20);
    await harness.worker.evaluate(() => chrome.storage.local.remove('control-list'));
    await Promise.all(pages.map((p) => p.close()));
  });
});
