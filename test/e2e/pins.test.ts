/**
 * Pinned facts in Chromium, as a reader makes and exports them: the founding release's
 * implied 2005 exports pinned from the panel, "$55 billion" from its card, both exported
 * with their working, sentences and links, copied with their citation, and imported into
 * a fresh profile; an empty export is not offered.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { hasAttribute, hoverText, inClosedShadow, startHarness, tooltipText, type Harness } from './harness.js';

const IMPLIED = '$41.67 billion';
const WORKING = '$55 billion ÷ (1 + 32%) = $41.67 billion';
const SENTENCE = 'U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.';
const SUBJECT = 'U.S. exports to China';

let harness: Harness;
let jsonExport = '';

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());
afterEach(async () => harness.closeOpenedTabs());

async function releaseWithPanel(): Promise<{ page: Page; panel: Page }> {
  const page = await harness.open(FOUNDING_URL);
  await expect.poll(() => harness.factsPlaced(page)).not.toBeNull();
  const panel = await harness.openPanel(page);
  await panel.waitForSelector('[data-section="insights"] li');
  return { page, panel };
}

/** The insight row whose working reads `working`. */
const rowOf = (panel: Page, working: string) => panel.locator('[data-section="insights"] > li', { has: panel.locator('.formula', { hasText: working }) });

async function exported(panel: Page, format: string): Promise<string> {
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.click(`button[data-format="${format}"]`)]);
  return readFileSync(await download.path(), 'utf8');
}

const clickCard = (page: Page, action: string) =>
  inClosedShadow(page, 'release-lens-tooltip', (n) => n.localName === 'button' && hasAttribute(n, 'data-action', action), 'click');

describe('pinning and exporting facts', () => {
  it('offers no export while there is nothing to export, and says why', async () => {
    const { panel } = await releaseWithPanel();
    await panel.waitForSelector('[data-section="facts"]');
    for (const format of ['json', 'csv', 'markdown', 'jsonld', 'tsv']) expect(await panel.isDisabled(`button[data-format="${format}"]`)).toBe(true);
    expect(await panel.isDisabled('button[data-action="copy"]')).toBe(true);
    expect(await panel.textContent('#export-nothing')).toContain('Nothing to export yet');
    expect(await panel.getAttribute('button[data-format="markdown"]', 'aria-describedby')).toBe('export-nothing');
  });

  it('pins the implied 2005 exports from the panel, says so, and keeps one fact when pinned again', async () => {
    const { page, panel } = await releaseWithPanel();
    const row = rowOf(panel, WORKING);
    await row.getByRole('button', { name: `Pin ${IMPLIED}`, exact: true }).click();
    await expect.poll(() => row.getByRole('status').textContent()).toContain(`Pinned ${IMPLIED} as a fact`);
    await expect.poll(() => row.locator('.pinned').count()).toBe(1);
    await expect.poll(() => harness.factsPlaced(page)).toBe('1/1');
    // Asked to pin it again (as the panel asks the page), the page keeps the one fact.
    const insightId = await row.locator('[data-pin]').first().getAttribute('data-pin');
    const tabId = await harness.tabIdOf(page);
    const again = (await harness.worker.evaluate(([tab, id]) => chrome.tabs.sendMessage(tab as number, { type: 'facts-pin', insightId: id }), [tabId, insightId])) as {
      ok: boolean;
      value: { fact: string; status: { placed: string[] } };
    };
    expect(again.ok).toBe(true);
    expect(again.value.status.placed).toEqual([again.value.fact]);
    // Pinned from the page's card of $55 billion too: the same insight, the one fact.
    await hoverText(page, 'money', '$55 billion');
    await expect.poll(() => tooltipText(page)).toContain('is pinned as a fact');
    expect(await panel.locator('[data-list="placed"] > li').count()).toBe(1);
    expect(await panel.textContent('[data-list="placed"] > li')).toContain(WORKING);
  });

  it('pins $55 billion from its card, with a confirmation in the card', async () => {
    const { page, panel } = await releaseWithPanel();
    await hoverText(page, 'money', '$55 billion');
    await expect.poll(() => tooltipText(page)).toContain('$55 billion');
    await clickCard(page, 'pin');
    await expect.poll(() => tooltipText(page)).toContain('Pinned $55 billion as a fact');
    await expect.poll(() => harness.factsPlaced(page)).toBe('2/2');
    // Pinning the figure again from a new card keeps the one fact: its pin is now an unpin.
    await page.mouse.move(1, 1);
    await hoverText(page, 'money', '$55 billion');
    await expect.poll(() => tooltipText(page)).toContain('Unpin $55 billion');
    await panel.waitForSelector('[data-list="placed"] > li[data-source="annotation"]');
    const figure = panel.locator('[data-list="placed"] > li[data-source="annotation"]');
    expect(await figure.textContent()).toContain(SENTENCE);
    expect(await figure.textContent()).toContain(`Pinned $55 billion · ${SUBJECT} · 2006`);
    // The insights kept with it are checkboxes, each kept until the reader leaves it out.
    const kept = figure.locator('.kept input[type="checkbox"]');
    expect(await kept.count()).toBeGreaterThan(1);
    for (const box of await kept.all()) expect(await box.isChecked()).toBe(true);
  });

  it('after a reload, exports both in Markdown and JSON with the value, working, sentence, subject, inputs and links', async () => {
    const { page, panel } = await releaseWithPanel();
    await expect.poll(() => rowOf(panel, WORKING).locator('.pinned').count()).toBe(1);
    // Leave one insight out of the figure's fact: the exports carry only those kept.
    const figure = panel.locator('[data-list="placed"] > li[data-source="annotation"]');
    const inToday = figure.locator('.kept-insight', { hasText: "in today's dollars" }).locator('input');
    await inToday.uncheck();
    await expect.poll(() => panel.locator('[data-list="placed"] > li[data-source="annotation"] .kept-insight', { hasText: "in today's dollars" }).locator('input').isChecked()).toBe(false);

    const md = await exported(panel, 'markdown');
    expect(md).toContain(`### ${IMPLIED}: implied earlier value`);
    expect(md).toContain(`**Working:** ${WORKING}`);
    expect(md).toContain(`1. “$55 billion” in “${SENTENCE}”`);
    expect(md).toContain(`2. “32%” in “${SENTENCE}”`);
    expect(md).toContain(`> ${SENTENCE}`);
    expect(md).toContain(`**Measures:** ${SUBJECT} · period 2006`);
    expect(md).not.toContain('CPI-U');
    // The citation once for the release, however many facts it holds.
    expect(md.match(/^## Department of Commerce Announces Signing/gm)).toHaveLength(1);
    expect(md.match(/, 2007-12-11\. <https:/g)).toHaveLength(1);

    const json = JSON.parse((jsonExport = await exported(panel, 'json')));
    expect(json.version).toBe(2);
    const insight = json.facts.find((f: { pinned?: { source: string } }) => f.pinned?.source === 'insight');
    expect(insight.pinned).toMatchObject({ display: IMPLIED, readable: WORKING, formula: '55000000000 / (1 + 0.32)', subject: SUBJECT, period: '2005' });
    expect(insight.pinned.inputs.map((i: { quote: { exact: string } }) => i.quote.exact)).toEqual(['$55 billion', '32%']);
    const figureFact = json.facts.find((f: { pinned?: { source: string } }) => f.pinned?.source === 'annotation');
    expect(figureFact.pinned).toMatchObject({ display: '$55 billion', sentence: SENTENCE, measure: { subject: SUBJECT, period: '2006' } });

    // Each input's link scrolls to its figure: Chromium finds the text fragment in the release.
    const link = insight.pinned.inputs[1].link as string;
    expect(md).toContain(link);
    const target = await harness.context.newPage();
    await target.goto(link);
    await target.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'));
    await expect.poll(() => target.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // The control: a fragment the release does not hold leaves the page at its top.
    const broken = await harness.context.newPage();
    await broken.goto(link.replace('32%25', '99%25'));
    await broken.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'));
    await broken.waitForTimeout(500);
    expect(await broken.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('copies a fact with its citation, from the card, a panel fact and an insight row, as text and HTML', async () => {
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, panel } = await releaseWithPanel();
    const read = (p: Page) =>
      p.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const text = item ? await (await item.getType('text/plain')).text() : '';
        const html = item?.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
        return { text, html };
      });
    await panel.locator('[data-list="placed"] > li[data-source="insight"] button[data-action="copy-cited"]').click();
    await expect.poll(() => panel.locator('[data-list="placed"] > li[data-source="insight"] [role="status"]').textContent()).toContain('Copied');
    const fromPanel = await read(panel);
    expect(fromPanel.text).toContain(`Working: ${WORKING}.`);
    expect(fromPanel.text).toContain('Source: Department of Commerce Announces Signing');
    expect(fromPanel.text).toMatch(/#:~:text=/);
    expect(fromPanel.html).toMatch(/<a href="https:\/\/2001-2009\.commerce\.gov\/[^"]*#:~:text=/);

    // An insight not pinned is copied from its row, worded as its fact would be.
    const highTech = rowOf(panel, '$17.7 billion ÷ (1 + 44%) = $12.29 billion');
    await highTech.locator('button[data-action="copy-cited"]').click();
    await expect.poll(() => highTech.getByRole('status').textContent()).toContain('Copied with its citation');
    const fromRow = await read(panel);
    expect(fromRow.text).toContain('Working: $17.7 billion ÷ (1 + 44%) = $12.29 billion.');
    expect(fromRow.html).toContain('#:~:text=');
    expect(await highTech.locator('.pinned').count()).toBe(0);

    await page.bringToFront();
    await hoverText(page, 'money', '$17.7 billion');
    await clickCard(page, 'copy');
    await expect.poll(() => tooltipText(page)).toContain('Copied $17.7 billion with its citation');
    const fromCard = await read(page);
    expect(fromCard.text).toMatch(/^“U\.S\. high technology exports to China increased by 44% in 2006, to \$17\.7 billion\.” Source: /);
    expect(fromCard.html).toContain('</a>');
  });

  it('imports the JSON into a fresh profile and shows both facts back', async () => {
    expect(jsonExport).toContain(IMPLIED);
    await harness.close();
    harness = await startHarness();
    const { page, panel } = await releaseWithPanel();
    await panel.setInputFiles('input[name="import"]', { name: 'facts.json', mimeType: 'application/json', buffer: Buffer.from(jsonExport) });
    await expect.poll(() => panel.textContent('[data-section="facts"] [role="status"].notice')).toContain('Imported 2 new');
    await expect.poll(() => harness.factsPlaced(page)).toBe('2/2');
    await expect.poll(() => panel.locator('[data-list="placed"] > li').count()).toBe(2);
    expect(await panel.textContent('[data-list="placed"]')).toContain(WORKING);
    expect(await panel.textContent('[data-list="placed"]')).toContain(SENTENCE);
    await expect.poll(() => rowOf(panel, WORKING).locator('.pinned').count()).toBe(1);
    expect(await panel.isDisabled('button[data-format="markdown"]')).toBe(false);
  });
});
