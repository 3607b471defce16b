/**
 * What Release Lens does in the page, in Chromium with the built extension: the legend
 * and its sync with the panel, late content, turning it off, and the page's own links,
 * buttons, listeners and layout left working and in place.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';
import { paintedIn } from './painted.js';
import { hasAttribute, highlighted, hoverText, inClosedShadow, startHarness, tooltipText, type Harness } from './harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const LEGEND = 'release-lens-legend';
const legendRow = (kind: string) => (n: { localName?: string; attributes?: string[]; nodeType: number }) =>
  n.localName === 'li' && hasAttribute(n, 'data-kind', kind);
const legendChecked = (page: Page, kind: string) => inClosedShadow(page, LEGEND, legendRow(kind), 'function () { return this.querySelector("input").checked; }');
const legendCount = (page: Page, kind: string) => inClosedShadow(page, LEGEND, legendRow(kind), 'function () { return this.querySelector(".count").textContent; }');
const openLegend = (page: Page) => inClosedShadow(page, LEGEND, (n) => n.localName === 'button' && hasAttribute(n, 'class', 'toggle'), 'click');
const painted = (page: Page, kind: string) => page.evaluate((k) => CSS.highlights.has(`release-lens-${k}`), kind);

async function send(page: Page, message: unknown): Promise<unknown> {
  const tabId = await harness.tabIdOf(page);
  return harness.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);
}

describe('the legend', () => {
  it('lists the categories with their counts, and its toggles and the panel stay in step', async () => {
    const page = await harness.open(FOUNDING_URL);
    const panel = await harness.openPanel(page);
    await panel.evaluate(() => {
      const w = window as unknown as { heard: unknown[] };
      w.heard = [];
      chrome.runtime.onMessage.addListener((m) => void w.heard.push(m));
    });
    await openLegend(page);
    expect(await legendCount(page, 'money')).toBe('2');
    // Things named, not mentions: the four acronyms, however often each is painted.
    expect(await legendCount(page, 'acronym')).toBe(String(new Set((await highlighted(page, 'acronym')).map((h) => h.text)).size));
    expect(await legendChecked(page, 'money')).toBe(true);

    await inClosedShadow(page, LEGEND, legendRow('money'), 'click');
    await expect.poll(() => painted(page, 'money')).toBe(false);
    expect(await legendChecked(page, 'money')).toBe(false);
    await expect
      .poll(() => panel.evaluate(() => (window as unknown as { heard: Array<{ snapshot?: { hiddenKinds: string[] } }> }).heard.at(-1)?.snapshot?.hiddenKinds))
      .toContain('money');

    // What the panel sends when its reader hides a category: the legend follows.
    await send(page, { type: 'set-kind-visible', kind: 'percent', visible: false });
    expect(await painted(page, 'percent')).toBe(false);
    expect(await legendChecked(page, 'percent')).toBe(false);
    await send(page, { type: 'set-kind-visible', kind: 'money', visible: true });
    expect(await painted(page, 'money')).toBe(true);
    expect(await legendChecked(page, 'money')).toBe(true);
    await panel.close();
    await page.close();
  });
});

describe('late content', () => {
  it('annotates paragraphs the page adds after load, once each', async () => {
    const page = await harness.open(FOUNDING_URL);
    const before = (await highlighted(page, 'acronym')).length;
    const add = () =>
      page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Later, BIS and MOFCOM said exports rose 12% to $3 billion.';
        document.querySelector('.pressrelease')?.append(p);
      });
    await add();
    await expect.poll(async () => (await highlighted(page, 'money')).map((h) => h.text)).toEqual(['$55 billion', '$17.7 billion', '$3 billion']);
    expect((await highlighted(page, 'percent')).map((h) => h.text)).toContain('12%');
    expect((await highlighted(page, 'acronym')).length).toBe(before + 2);
    await add();
    await expect.poll(async () => (await highlighted(page, 'money')).filter((h) => h.text === '$3 billion').length).toBe(2);
    // Nothing marked twice: one range per occurrence in the page's text.
    const occurrences = await page.evaluate(() => document.querySelector('.pressrelease')?.textContent?.split('$3 billion').length ?? 0);
    expect((await highlighted(page, 'money')).filter((h) => h.text === '$3 billion')).toHaveLength(occurrences - 1);
    await page.close();
  });
});

describe('a huge page', () => {
  const URL = 'https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_004998';
  // The founding release's body 250 times over (about 800 kB of text, some 12,000 annotations), then one paragraph far below.
  const from = FOUNDING_HTML.indexOf('<p>BEIJING');
  const to = FOUNDING_HTML.indexOf('<h2 class="subhead">');
  const html =
    FOUNDING_HTML.slice(0, from) +
    FOUNDING_HTML.slice(from, to).repeat(250) +
    '<p id="far">At the very end, MOFCOM reported $77 billion.</p>' +
    FOUNDING_HTML.slice(to).replace('</body>', '<script>window.ticks = []; setInterval(() => ticks.push(performance.now()), 5);</script></body>');

  beforeAll(() => harness.serve(URL, html));

  it('yields to the page while it works, and highlights the top before it is done', async () => {
    const page = await harness.open(URL);
    const timing = await page.evaluate(() => {
      const [first] = performance.getEntriesByName('release-lens:first-highlights');
      const [all] = performance.getEntriesByName('release-lens:annotate');
      const ticks = (window as unknown as { ticks: number[] }).ticks;
      const firstEnd = (first?.startTime ?? 0) + (first?.duration ?? 0);
      const end = (all?.startTime ?? 0) + (all?.duration ?? 0);
      return { firstEnd, end, pageTicksBetween: ticks.filter((t) => t > firstEnd && t < end).length };
    });
    expect(timing.firstEnd).toBeLessThan(timing.end);
    // The page's own timer ran while Release Lens was still annotating: it was not blocked.
    expect(timing.pageTicksBetween).toBeGreaterThan(0);
    await page.close();
  });

  it('paints what is near the viewport, and what comes into view as the reader scrolls', async () => {
    const page = await harness.open(URL);
    const registered = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    expect(await registered()).toBeGreaterThan(0);
    expect(await registered()).toBeLessThan(2_000);
    expect(await paintedIn(page, '#far')).toBe(0);
    await page.evaluate(() => document.getElementById('far')?.scrollIntoView());
    await expect.poll(() => paintedIn(page, '#far')).toBe(2);
    // The keyboard starts where the reader is (a binary search among some 12,000 annotations): on one in view, without scrolling.
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(() => tooltipText(page)).not.toBe('');
    const [current] = await highlighted(page, 'current');
    const height = await page.evaluate(() => window.innerHeight);
    expect(current?.rect.y).toBeGreaterThanOrEqual(0);
    expect((current?.rect.y ?? 0) + (current?.rect.height ?? 0)).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltipText(page)).toBe('');
    const far = await page.evaluate(() => {
      const text = document.getElementById('far')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('MOFCOM'));
      range.setEnd(text, text.data.indexOf('MOFCOM') + 6);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    });
    await page.mouse.move(far.x, far.y);
    await expect.poll(() => tooltipText(page)).toContain('Ministry of Commerce');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => paintedIn(page, '#far')).toBe(0);
    await page.close();
  });

  it('sends the panel what it can list, and says how much more the page has', async () => {
    const page = await harness.open(URL);
    const panel = await harness.openPanel(page);
    await expect.poll(() => panel.textContent('.notice[role="status"]').catch(() => '')).toContain('first 5,000 findings');
    expect(await panel.textContent('.notice[role="status"]')).toMatch(/\d,\d{3} more are highlighted in the page/);
    expect(await panel.$$eval('[data-section="figures"] li', (items) => items.length)).toBeGreaterThan(0);
    // The category counts are the page's, all of it, each sum counted once: the two the 250 copies repeat, and one far below the panel's share.
    expect(await panel.textContent('.toggles label[data-kind="money"] .count')).toBe('3');
    expect(await legendCount(page, 'money')).toBe('3');
    await panel.close();
    await page.close();
  });
});

describe('turning Release Lens off for a page', () => {
  it('takes away everything it added, from the legend or the panel, and can come back', async () => {
    const page = await harness.open(FOUNDING_URL);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await hoverText(page, 'acronym', 'BIS');
    await expect.poll(() => tooltipText(page)).toContain('Bureau of Industry and Security');
    await openLegend(page);
    await inClosedShadow(page, LEGEND, (n) => n.localName === 'button' && hasAttribute(n, 'class', 'off'), 'click');
    const leftovers = () =>
      page.evaluate(() => ({
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
        elements: [...document.documentElement.querySelectorAll('*')].filter((e) => e.localName.startsWith('release-lens')).length,
        attributes: document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-release-lens')),
        body: document.body.innerHTML,
      }));
    await expect.poll(leftovers).toEqual({ highlights: 0, sheets: 0, elements: 0, attributes: [], body: bodyBefore });
    await page.mouse.move(300, 300);
    await page.keyboard.press('Alt+Shift+KeyN');
    expect(await tooltipText(page)).toBe('');
    expect(await send(page, { type: 'get-snapshot' })).toMatchObject({ ok: true, value: { state: 'off' } });

    expect(await send(page, { type: 'set-enabled', enabled: true })).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect((await highlighted(page, 'money')).map((h) => h.text)).toEqual(['$55 billion', '$17.7 billion']);
    await send(page, { type: 'set-enabled', enabled: false });
    await expect.poll(leftovers).toEqual({ highlights: 0, sheets: 0, elements: 0, attributes: [], body: bodyBefore });
    await page.close();
  });
});

describe('the page keeps working', () => {
  const RELEASE = 'https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_004999';
  const PLAIN = 'https://plain.test/same-release';
  // The founding release with a link around an acronym, a button, and the page's own listeners.
  const html = FOUNDING_HTML.replace(
    '<p>The Guidelines were developed by BIS and',
    '<p><button id="page-button" type="button">Share</button> The Guidelines were developed by <a id="page-link" href="#bis">BIS</a> and',
  ).replace(
    '</body>',
    `<script>
      window.pageEvents = [];
      document.getElementById('page-button').addEventListener('click', () => pageEvents.push('button'));
      document.getElementById('page-link').addEventListener('click', () => pageEvents.push('link'));
      document.addEventListener('keydown', (e) => pageEvents.push('key:' + e.key));
    </script></body>`,
  );

  beforeAll(() => {
    harness.serve(RELEASE, html);
    harness.serve(PLAIN, html);
  });

  it('keeps links, buttons and the page listeners working, and annotates inside the link', async () => {
    const page = await harness.open(RELEASE);
    await hoverText(page, 'acronym', 'BIS');
    const linked = (await highlighted(page, 'acronym')).filter((h) => h.inside.includes('page-link'));
    expect(linked.map((h) => h.text)).toEqual(['BIS']);
    await page.click('#page-button');
    await page.click('#page-link');
    await page.keyboard.press('x');
    expect(await page.evaluate(() => (window as unknown as { pageEvents: string[] }).pageEvents)).toEqual(['button', 'link', 'key:x']);
    expect(new URL(page.url()).hash).toBe('#bis');
    await page.close();
  });

  it('moves nothing on the page: every element sits where it does without Release Lens', async () => {
    const boxes = (page: Page) =>
      page.evaluate(() => [...document.body.querySelectorAll('*')].map((e) => JSON.stringify(e.getBoundingClientRect())));
    const annotated = await harness.open(RELEASE);
    const plain = await harness.context.newPage();
    await plain.goto(PLAIN);
    expect(await plain.evaluate(() => document.documentElement.hasAttribute('data-release-lens'))).toBe(false);
    expect(await boxes(annotated)).toEqual(await boxes(plain));
    // Layout shifts from the moment Release Lens started (the page's own load may shift before).
    const shifts = await annotated.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const start = performance.getEntriesByName('release-lens:annotate')[0]?.startTime ?? 0;
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) if (e.startTime >= start) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shifts).toBe(0);
    await annotated.close();
    await plain.close();
  });
});
