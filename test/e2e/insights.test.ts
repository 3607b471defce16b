/** The insights panel on the founding release, in real Chromium: what a reader sees and where a click takes them. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { startHarness, type Harness } from './harness.js';

let harness: Harness;
let release: Page;
let panel: Page;

beforeAll(async () => {
  harness = await startHarness();
  release = await harness.open(FOUNDING_URL);
  await release.setViewportSize({ width: 800, height: 300 });
  panel = await harness.openPanel(release);
  await panel.waitForSelector('[data-section="insights"] > li');
});
afterAll(async () => harness?.close());

const insightText = (kind: string) =>
  panel.$$eval(`[data-section="insights"] > li[data-kind="${kind}"]`, (els) => els.map((e) => e.textContent ?? ''));

describe('the insights panel for the founding release', () => {
  it('leads with what the numbers say: on the first screen, ranked, each thing told once, values formatted', async () => {
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.evaluate(() => window.scrollTo(0, 0));
    const layout = await panel.evaluate(() => ({
      title: document.querySelector('h1')?.getBoundingClientRect().bottom ?? Infinity,
      heading: document.querySelector('#insights-heading')?.textContent ?? '',
      first: document.querySelector('[data-section="insights"] > li')?.getBoundingClientRect().top ?? Infinity,
      sections: [...document.querySelectorAll('main h2')].map((h) => h.id),
    }));
    expect(layout.heading).toMatch(/What the numbers say/);
    expect(layout.title).toBeLessThan(layout.first);
    expect(layout.first).toBeLessThan(400);
    expect(layout.sections[0]).toBe('insights-heading');
    const kinds = await panel.$$eval('[data-section="insights"] > li', (els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds[0]).toBe('implied-base');
    expect(kinds.indexOf('weekday')).toBeGreaterThan(kinds.indexOf('share'));
    // The change from 2005 to 2006 is told with the implied 2005 value, not as an item of its own.
    expect(kinds).not.toContain('change');
    const text = await panel.textContent('[data-section="insights"]');
    expect(text).not.toMatch(/\d{7,}/);
    // One row per person, however often named.
    const people = await panel.$$eval('[data-section="people"] .term', (els) => els.map((e) => e.textContent));
    expect(new Set(people).size).toBe(people.length);
    expect(people).toContain('Mario Mancuso');
  });

  it('shows $55 billion of 2006 in 2025 dollars, with its formula, index values and the 11-month caveat', async () => {
    const [inflation] = (await insightText('inflation')).filter((t) => t.includes('$55 billion'));
    expect(inflation).toContain('about $87.8 billion in 2025 dollars');
    // The working in figures a reader reads, the index values named.
    expect(inflation).toContain('$55 billion × CPI-U 2025 (321.943) ÷ CPI-U 2006 (201.6) = $87.8 billion');
    expect(inflation).not.toMatch(/\d{7,}/);
    expect(inflation).toContain('11 months');
    expect(inflation).toContain('Bureau of Labor Statistics');
  });

  it('shows the high-tech share of exports to China in 2006 and 2005', async () => {
    const shares = (await insightText('share')).join('\n');
    expect(shares).toContain('about 32.2%');
    expect(shares).toContain('about 29.5%');
    expect(shares).toContain('100 × $17.7 billion ÷ $55 billion = 32.2%');
    expect(shares).not.toMatch(/\d{7,}/);
  });

  it('shows the implied bases and the weekday check', async () => {
    const implied = (await insightText('implied-base')).join('\n');
    expect(implied).toContain('$41.67 billion');
    expect(implied).toContain('$12.29 billion');
    const [weekday] = await insightText('weekday');
    expect(weekday).toContain('was a Tuesday, as printed');
    expect(weekday).toContain('agrees');
  });

  it('scrolls to and selects the figure an insight came from when its input is clicked', async () => {
    expect(await release.evaluate(() => window.scrollY)).toBe(0);
    const share = panel.locator('[data-section="insights"] > li[data-kind="share"]', { hasText: '32.2%' });
    await share.locator('button.input', { hasText: '$17.7 billion' }).click();
    await expect.poll(() => release.evaluate(() => getSelection()?.toString())).toBe('$17.7 billion');
    await expect.poll(() => release.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await share.locator('button.input', { hasText: '$55 billion' }).click();
    await expect.poll(() => release.evaluate(() => getSelection()?.toString())).toBe('$55 billion');
  });
});
