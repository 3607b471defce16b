/**
 * Odd pages in real Chromium: huge, deep, framed, shadowed, in other scripts and quote
 * styles, or rewriting themselves. No exception may escape (page errors and console
 * errors), the content script must finish, and the page's text must be what the page
 * itself made. Main-thread long tasks while we annotate are measured and printed, not
 * asserted (speed belongs to `npm run bench`; this machine is shared).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oddPages } from '../support/odd-pages.js';
import { startHarness, type Harness } from './harness.js';

const BASE = 'https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_07';
const PAGES = oddPages();

let harness: Harness;
const rows: string[] = [];
let exceptions = 0;

beforeAll(async () => {
  harness = await startHarness();
  for (const [i, odd] of PAGES.entries()) {
    harness.serve(`${BASE}${i}`, odd.html);
    for (const [path, body] of Object.entries(odd.extra ?? {})) harness.serve(`https://2001-2009.commerce.gov${path}`, body);
  }
});
afterAll(async () => {
  console.log(
    [
      `odd pages: ${PAGES.length} tried, ${exceptions} exceptions`,
      '| page | state | ranges registered | annotate (ms) | longest slice of ours (ms) | longest feature start (ms) | long tasks on the page during it | longest (ms) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
  await harness?.close();
});

/** Records main-thread long tasks from the start of the document. */
function observeLongTasks(): void {
  const tasks: Array<{ start: number; duration: number }> = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The body text the page made itself: the served HTML, parsed without our content script. */
function expectedText(page: Page, html: string, finalText: string | undefined): Promise<string | null> {
  return page.evaluate(
    ([source, final]) => {
      const doc = new DOMParser().parseFromString(source as string, 'text/html');
      const churn = doc.getElementById('churn');
      if (churn && final) {
        const p = doc.createElement('p');
        p.textContent = final;
        churn.replaceChildren(p);
      }
      return doc.body.textContent;
    },
    [html, finalText] as const,
  );
}

describe('odd pages', () => {
  it('has a long-task observer that sees a 120 ms task of the page', async () => {
    const page = await harness.context.newPage();
    await page.addInitScript(observeLongTasks);
    await page.goto(`${BASE}0`, { timeout: 120_000 });
    await page.evaluate(() => setTimeout(() => {
      for (const end = performance.now() + 120; performance.now() < end; );
    }));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __longTasks: Array<{ duration: number }> }).__longTasks.some((t) => t.duration >= 120)))
      .toBe(true);
    await page.close();
  });

  for (const [i, odd] of PAGES.entries()) {
    it(`${odd.name}: no exception escapes, the text is the page's own`, { timeout: 180_000 }, async () => {
      const page = await harness.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // A missing image of the page's own (the layout's seal) is the page's business, not an exception;
        // so is the sandboxed frame refusing this test's own init script (addInitScript runs in every frame).
        const text = message.text();
        const ours = text.startsWith('Blocked script execution') && text.includes('sandboxed');
        if (message.type() === 'error' && !text.startsWith('Failed to load resource') && !ours) errors.push(`console error: ${text}`);
      });
      await page.addInitScript(observeLongTasks);
      await page.goto(`${BASE}${i}`, { timeout: 120_000 });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'), null, { timeout: 120_000 });
      if (odd.finalText) {
        await page.waitForFunction(() => document.documentElement.dataset.settled === 'yes', null, { timeout: 30_000 });
        await page.waitForTimeout(500);
      }

      expect(await page.evaluate(() => document.body.textContent)).toBe(await expectedText(page, odd.html, odd.finalText));
      const measured = await page.evaluate(() => {
        const [annotate] = performance.getEntriesByName('release-lens:annotate');
        const [slice] = performance.getEntriesByName('release-lens:stage:longest-slice');
        const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
        const from = annotate?.startTime ?? 0;
        const to = from + (annotate?.duration ?? 0);
        const during = tasks.filter((t) => t.start + t.duration >= from && t.start <= to);
        let painted = 0;
        for (const highlight of CSS.highlights.values()) painted += highlight.size;
        painted += document.querySelectorAll('release-lens-mark').length;
        return {
          state: document.documentElement.getAttribute('data-release-lens'),
          painted,
          annotate: annotate?.duration ?? NaN,
          slice: slice?.duration ?? NaN,
          feature: Math.max(0, ...performance.getEntriesByType('measure').filter((m) => m.name.startsWith('release-lens:feature:')).map((m) => m.duration)),
          count: during.length,
          longest: Math.max(0, ...during.map((t) => t.duration)),
        };
      });
      rows.push(
        `| ${odd.name} | ${measured.state} | ${measured.painted} | ${measured.annotate.toFixed(0)} | ${measured.slice.toFixed(0)} | ${measured.feature.toFixed(0)} | ${measured.count} | ${measured.longest.toFixed(0)} |`,
      );
      exceptions += errors.length;
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
