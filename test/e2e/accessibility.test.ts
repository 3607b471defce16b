/**
 * axe-core on the side panel, the options page and the library page's views, in light and dark. axe's source is
 * evaluated in the page over the DevTools protocol (the extension pages' CSP rightly
 * refuses inline scripts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { TRADE_STATEMENTS } from '../support/trade-statements.js';
import { startHarness, type Harness } from './harness.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

describe('the axe check', () => {
  it('finds a violation planted in an extension page, so a clean result means something', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await page.waitForSelector('h1');
    await page.evaluate(() => document.querySelector('main')?.append(document.createElement('button')));
    expect((await violations(page)).join('\n')).toContain('button-name');
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it('the side panel for a release has no axe violations, with the filter in use and an item selected', async () => {
    const release = await harness.open(FOUNDING_URL);
    const panel = await harness.openPanel(release);
    await panel.emulateMedia({ colorScheme });
    await panel.waitForSelector('[data-section="acronyms"] li');
    await panel.click('summary');
    await panel.click('[data-section="figures"] button.item');
    const found = await violations(panel);
    await panel.fill('input[type="search"]', 'no such thing');
    found.push(...(await violations(panel)));
    console.log(`axe, panel (${colorScheme}): ${found.length} violations`);
    expect(found).toEqual([]);
    await Promise.all([panel.close(), release.close()]);
  });

  it('the side panel for a page that is not a release has no axe violations', async () => {
    const page = await harness.open('https://2001-2009.commerce.gov/NewsRoom/index.htm');
    const panel = await harness.openPanel(page);
    await panel.emulateMedia({ colorScheme });
    await panel.waitForSelector('h1');
    const found = await violations(panel);
    console.log(`axe, panel not-a-release (${colorScheme}): ${found.length} violations`);
    expect(found).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('the options page has no axe violations, with an acronym listed and the delete confirmation open', async () => {
    const options = await harness.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
    await options.fill('input[name="abbr"]', 'EAR');
    await options.fill('input[name="expansion"]', 'Export Administration Regulations');
    await options.click('.acronym-form button[type="submit"]');
    await options.waitForSelector('[data-section="custom-acronyms"] tr[data-abbr="EAR"]');
    await options.click('button[aria-controls="delete-confirm"]');
    const found = await violations(options);
    console.log(`axe, options (${colorScheme}): ${found.length} violations`);
    expect(found).toEqual([]);
    await options.click('#delete-confirm button:text-is("Cancel")');
    await options.click('tr[data-abbr="EAR"] button:has-text("Delete")');
    await options.close();
  });

  it('the library page has no axe violations, empty and with releases, in every view', async () => {
    const library = await harness.context.newPage();
    await library.emulateMedia({ colorScheme });
    const view = async (hash: string, ready: string) => {
      await library.goto(`chrome-extension://${harness.extensionId}/library.html${hash}`);
      await library.waitForSelector(ready);
      return (await violations(library)).map((v) => `${hash}: ${v}`);
    };
    // Empty first: the releases read by the tests before are deleted.
    await library.goto(`chrome-extension://${harness.extensionId}/library.html#/manage`);
    const deleteAll = library.locator('button:has-text("Delete all releases")');
    if (await deleteAll.isEnabled()) {
      await deleteAll.click();
      await library.click('button:has-text("Delete everything")');
      await library.waitForSelector('[data-library="done"]:has-text("The library is empty")');
    }
    const found = [...(await view('#/', '.empty-state')), ...(await view('#/series', '.empty')), ...(await view('#/entities/person', 'main.library h1'))];
    for (const url of [FOUNDING_URL, TRADE_STATEMENTS[0].url, TRADE_STATEMENTS[1].url]) {
      const release = await harness.open(url);
      // Closed once it has handed the release to the library.
      await release.waitForFunction(() => performance.getEntriesByName('release-lens:library-recording').length > 0);
      await release.close();
    }
    await expect
      .poll(async () => {
        await library.goto(`chrome-extension://${harness.extensionId}/library.html#/`);
        await library.reload();
        await library.waitForSelector('main.library');
        return library.locator('li.release').count();
      })
      .toBe(3);
    found.push(...(await violations(library)).map((v) => `#/: ${v}`));
    found.push(...(await view('#/?q=MOFCOM', '.sentence mark')));
    found.push(...(await view('#/?q=no%20such%20words', 'p.empty')));
    found.push(...(await view('#/person/carlos%20m%20gutierrez', 'ul.roles')));
    found.push(...(await view('#/acronym/MOFCOM', 'ul.expansions')));
    found.push(...(await view('#/entities/acronym', 'ul.entities li')));
    await library.goto(`chrome-extension://${harness.extensionId}/library.html#/series`);
    await library.locator('ul.series-list a', { hasText: /^U\.S\. exports of goods and services — level/ }).click();
    await library.waitForSelector('.chart canvas');
    found.push(...(await violations(library)).map((v) => `series: ${v}`));
    found.push(...(await view('#/manage', '[data-library="usage"]')));
    await library.click('button:has-text("Delete all releases")');
    found.push(...(await violations(library)).map((v) => `manage, confirming: ${v}`));
    console.log(`axe, library (${colorScheme}): ${found.length} violations`);
    expect(found).toEqual([]);
    await library.close();
  });
});
