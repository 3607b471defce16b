/**
 * Detection in real Chromium with the built extension: today's commerce.gov, the
 * 2001-2009 archive (print view), bis.gov, a page that is not a release, content that
 * arrives late, a soft navigation, and a site the user turned Release Lens on for.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights } from '../support/highlights.js';
import { startHarness, type Harness } from './harness.js';
import { paintedIn } from './painted.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const state = (page: Page) => page.getAttribute('html', 'data-release-lens');
const painted = async (page: Page, kind: string) => (await page.evaluate(readHighlights, kind)).map((h) => h.text);

async function panelText(page: Page, selector: string): Promise<string> {
  const panel = await harness.openPanel(page);
  await panel.waitForSelector(selector);
  const text = (await panel.textContent(selector)) ?? '';
  await panel.close();
  return text;
}

describe('releases on their real addresses', () => {
  it("today's commerce.gov: the article is annotated, the related content and footer are not", async () => {
    const page = await harness.open('https://www.commerce.gov/news/press-releases/2024/08/department-commerce-announces-chips-incentives-award-semiconductor-packaging');
    expect(await state(page)).toBe('ready');
    expect(await paintedIn(page, '.field--name-body')).toBeGreaterThan(3);
    expect(await paintedIn(page, '.related-content')).toBe(0);
    expect(await paintedIn(page, 'footer')).toBe(0);
    expect(await panelText(page, 'header h1')).toBe('Department of Commerce Announces CHIPS Incentives Award for Semiconductor Packaging Facility in Arizona');
    await page.close();
  });

  it('the 2001-2009 print view is annotated without its print footer', async () => {
    const page = await harness.open('https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_004321?format_for_print=true');
    expect(await state(page)).toBe('ready');
    expect(await painted(page, 'money')).toContain('$10 billion');
    expect(await paintedIn(page, '.pressrelease')).toBeGreaterThan(1);
    expect(await paintedIn(page, '#printfooter')).toBe(0);
    await page.close();
  });

  it('bis.gov: annotated, with the title and date in the panel', async () => {
    const page = await harness.open('https://www.bis.gov/press-release/commerce-adds-16-entities-entity-list');
    expect(await state(page)).toBe('ready');
    expect(await painted(page, 'acronym')).toContain('EAR');
    expect(await paintedIn(page, 'aside')).toBe(0);
    const header = await panelText(page, 'header');
    expect(header).toContain('Commerce Adds 16 Entities to the Entity List');
    expect(header).toContain('2024-09-30');
    await page.close();
  });
});

describe('a page that is not a release', () => {
  it('is left as it was but for one attribute, and the panel says why', async () => {
    const page = await harness.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((l) => l.forEach((m) => seen.push(`${m.type}:${m.attributeName ?? ''}`))).observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        }),
      );
    });
    await page.goto('https://www.commerce.gov/news/press-releases');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'));
    expect(await state(page)).toBe('not-a-release');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['attributes:data-release-lens']);
    expect(await panelText(page, 'main .reasons')).toContain('a list of releases');
    await page.close();
  });
});

const RELEASE_BODY = `<article><p class="label">Press Release</p><h1>Commerce Announces Late-Built Release</h1>
  <time datetime="2024-09-03">September 3, 2024</time>
  <div class="field--name-body"><p>WASHINGTON – The Department of Commerce today announced $25 million in grants to 10 coalitions, built into the page after it loaded.</p>
  <p>The grants will support workforce training in advanced manufacturing in regions that have lost factory jobs over the past decade.</p>
  <p>Applications open in October, and awards will be announced early next year.</p></div></article>`;

describe('pages that build their content late', () => {
  it('a client-rendered release is detected when its content arrives', async () => {
    const url = 'https://www.commerce.gov/news/press-releases/2024/09/commerce-announces-late-built-release';
    harness.serve(url, `<!DOCTYPE html><html><head><title>Loading…</title></head><body><main id="app">Loading…</main>
      <script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(RELEASE_BODY)}; }, 1200);</script></body></html>`);
    const page = await harness.open(url);
    expect(await state(page)).toBe('ready');
    expect(await painted(page, 'money')).toContain('$25 million');
    await page.close();
  });

  it('a soft navigation from the list to a release is detected', async () => {
    const list = 'https://www.commerce.gov/news/fact-sheets';
    harness.serve(list, `<!DOCTYPE html><html><head><title>Fact Sheets</title></head><body><main id="app"><h1>Fact Sheets</h1>
      <button id="go">Open the release</button></main>
      <script>document.getElementById('go').addEventListener('click', () => {
        history.pushState({}, '', '/news/fact-sheets/2024/09/commerce-announces-late-built-release');
        document.title = 'Commerce Announces Late-Built Release';
        document.getElementById('app').innerHTML = ${JSON.stringify(RELEASE_BODY)};
      });</script></body></html>`);
    const page = await harness.open(list);
    expect(await state(page)).toBe('not-a-release');
    await page.click('#go');
    await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready', null, { timeout: 15_000 });
    expect(await painted(page, 'money')).toContain('$25 million');
    await page.close();
  });
});
