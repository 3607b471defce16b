/**
 * Facts in Chromium: select a passage, add a note, and it comes back on every visit —
 * after the page changed around it, and as "not found" once the page lost it; exported
 * in each format; imported into a fresh profile.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';
import { allNodes, findIn, hasAttribute, startHarness, type CdpNode, type Harness } from './harness.js';
import { selectText } from './text.js';

const QUOTE = 'the fastest growing export market for U.S. exports';
const NOTE = 'China, the fastest-growing market: "check 2007 figures"';

let harness: Harness;
let jsonExport = '';

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const factsPlaced = (page: Page) => harness.factsPlaced(page);
/**
 * The passages painted as facts: the boxes in the fact layer's closed shadow root (read
 * through the DevTools protocol, as no page script can), each passage from its first box
 * to the box before the next passage's, read back as the page's text under them.
 */
async function factTexts(page: Page): Promise<string[]> {
  // The layer redraws its boxes when the page reflows: a box read just as it is replaced is read again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await readFactLayer(page);
    } catch (error) {
      if (attempt === 5 || !String(error).includes('Could not find node')) throw error;
      await page.waitForTimeout(100);
    }
  }
}

async function readFactLayer(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const passages: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
  // Box models are in the viewport's coordinates: kept in the document's, so each passage can be scrolled into view to be read.
  const scrollY = await page.evaluate(() => window.scrollY);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const layer = findIn(root, (n) => n.localName === 'release-lens-fact-layer')?.shadowRoots?.[0];
    const boxes = layer ? [...allNodes(layer)].filter((n) => n.localName === 'div' && hasAttribute(n, 'class')) : [];
    for (const box of boxes) {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: box.nodeId })) as { model: { border: number[] } };
      const [left = 0, top = 0, , , right = 0, bottom = 0] = model.border;
      const middle = (top + bottom) / 2 + scrollY;
      const last = passages[passages.length - 1];
      if (hasAttribute(box, 'class', 'box start') || !last) passages.push({ x1: left + 1, y1: middle, x2: right - 1, y2: middle });
      else Object.assign(last, { x2: right - 1, y2: middle });
    }
  } finally {
    await cdp.detach();
  }
  return page.evaluate(
    (list) =>
      list.map(({ x1, y1, x2, y2 }) => {
        window.scrollTo(0, y1 - 100);
        const from = document.caretRangeFromPoint(x1, y1 - window.scrollY);
        const to = document.caretRangeFromPoint(x2, y2 - window.scrollY);
        if (!from || !to) return '';
        const range = document.createRange();
        range.setStart(from.startContainer, from.startOffset);
        range.setEnd(to.startContainer, to.startOffset);
        return range.toString();
      }),
    passages,
  );
}

async function reopen(html: string): Promise<Page> {
  harness.serve(FOUNDING_URL, html);
  const page = await harness.open(FOUNDING_URL);
  await expect.poll(() => factsPlaced(page)).not.toBeNull();
  return page;
}

describe('facts in the page', () => {
  it('saves a selected passage with a note and tags from the keyboard', async () => {
    const page = await harness.open(FOUNDING_URL);
    await expect.poll(() => factsPlaced(page)).toBe('0/0');
    await selectText(page, QUOTE);
    await page.keyboard.press('Alt+Shift+KeyF');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Tab');
    await page.keyboard.type('exports, china');
    await page.keyboard.press('Enter');
    await expect.poll(() => factsPlaced(page)).toBe('1/1');
    expect(await factTexts(page)).toEqual([QUOTE]);
    await page.close();
  });

  it('highlights it again after a reload', async () => {
    const page = await reopen(FOUNDING_HTML);
    await expect.poll(() => factsPlaced(page)).toBe('1/1');
    expect(await factTexts(page)).toEqual([QUOTE]);
    await page.close();
  });

  it("keeps which passage the reader saved, and how many, from the page's scripts", async () => {
    const page = await reopen(FOUNDING_HTML);
    await expect.poll(() => factsPlaced(page)).toBe('1/1');
    expect(await factTexts(page)).toEqual([QUOTE]);
    const seen = await page.evaluate(() => {
      const ranges: string[] = [];
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((r) => {
          const range = document.createRange();
          range.setStart((r as AbstractRange).startContainer, (r as AbstractRange).startOffset);
          range.setEnd((r as AbstractRange).endContainer, (r as AbstractRange).endOffset);
          ranges.push(range.toString());
        }),
      );
      const layer = document.querySelector('release-lens-fact-layer');
      const box = layer?.getBoundingClientRect();
      const attributes = document.documentElement.getAttributeNames().map((n) => `${n}=${document.documentElement.getAttribute(n) ?? ''}`);
      return { ranges, attributes, names: [...CSS.highlights.keys()], shadow: layer?.shadowRoot ?? null, size: box ? box.width + box.height : -1 };
    });
    expect(seen.ranges.length).toBeGreaterThan(0);
    expect(seen.ranges.some((t) => t.includes(QUOTE.slice(0, 30)))).toBe(false);
    expect(seen.names.some((n) => n.includes('fact'))).toBe(false);
    // Nor how many: no attribute of ours says anything of facts.
    expect(seen.attributes.filter((a) => a.includes('fact') || a.endsWith('=1/1'))).toEqual([]);
    expect(seen.shadow).toBeNull();
    expect(seen.size).toBe(0);
    await page.close();
  });

  it('finds it when the page changed so the quote moved', async () => {
    const moved = FOUNDING_HTML.replace('<p>BEIJING, CHINA', '<p>Editor’s note: this release was updated.</p>\n<p>BEIJING, CHINA').replace(
      'fastest growing export market for U.S.',
      'fastest   growing\n export market for U.S.',
    );
    const page = await reopen(moved);
    await expect.poll(() => factsPlaced(page)).toBe('1/1');
    expect((await factTexts(page))[0]?.replace(/\s+/g, ' ')).toBe(QUOTE);
    await page.close();
  });

  it('lists it as not found on the page when the quote is gone, and keeps it', async () => {
    const gone = FOUNDING_HTML.replace(/The Guidelines recognize China’s status as[^.]*\./, 'The Guidelines speak for themselves.');
    expect(gone).not.toContain('fastest growing');
    const page = await reopen(gone);
    await expect.poll(() => factsPlaced(page)).toBe('0/1');
    const panel = await harness.openPanel(page);
    await panel.waitForSelector('[data-list="not-found"] li');
    const missing = await panel.textContent('[data-list="not-found"]');
    expect(missing).toContain(QUOTE);
    expect(missing).toContain('China’s status as ');
    await panel.close();
    await page.close();
  });
});

describe('facts in the panel', () => {
  it('shows the fact with its note, and exports it in each format', async () => {
    const page = await reopen(FOUNDING_HTML);
    const panel = await harness.openPanel(page);
    await panel.waitForSelector('[data-list="placed"] li');
    expect(await panel.inputValue('[data-list="placed"] textarea[name="note"]')).toBe(NOTE);
    expect(await panel.inputValue('[data-list="placed"] input[name="tags"]')).toBe('exports, china');
    const exported: Record<string, { name: string; text: string }> = {};
    for (const format of ['json', 'csv', 'markdown', 'jsonld', 'tsv']) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.click(`button[data-format="${format}"]`)]);
      const path = await download.path();
      exported[format] = { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    }
    const json = JSON.parse(exported.json?.text ?? '');
    expect(exported.json?.name).toMatch(/^release-lens-facts-department-of-commerce-announces-signing-of-guidelines-.*-\d{4}-\d{2}-\d{2}\.json$/);
    expect(json).toMatchObject({ schema: 'release-lens/facts', version: 2, facts: [{ quote: { exact: QUOTE }, note: NOTE, tags: ['exports', 'china'] }] });
    expect(json.facts[0].citation).toMatchObject({ agency: expect.any(String), published: '2007-12-11', url: FOUNDING_URL });
    jsonExport = exported.json?.text ?? '';

    const csv = exported.csv?.text ?? '';
    expect(csv.startsWith('\uFEFFrelease_title,agency,published,url,quote,sentence,note,tags')).toBe(true);
    expect(csv).toContain(`,${QUOTE},,"China, the fastest-growing market: ""check 2007 figures""",exports; china,`);
    expect(csv).toContain('#:~:text=');

    const md = exported.markdown?.text ?? '';
    expect(md).toContain(`> ${QUOTE}`);
    expect(md).toContain('**Note:** China, the fastest-growing market: "check 2007 figures"');
    expect(md).toMatch(/\[Go to the quote\]\(https:\/\/2001-2009\.commerce\.gov\/NewsRoom\/SecretarialTrips\/ssLINK\/PROD01_004904#:~:text=/);

    const ld = JSON.parse(exported.jsonld?.text ?? '');
    expect(ld).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(ld.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(ld.first.items[0].target.state.type).toBe('TimeState');

    const [header, row] = (exported.tsv?.text ?? '').split('\n').map((line) => line.split('\t'));
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect([cell('Quote'), cell('Note'), cell('Tags')]).toEqual([QUOTE, NOTE, 'exports; china']);
    await panel.close();
    await page.close();
  });

  it('edits a note and deletes a fact with undo', async () => {
    const page = await reopen(FOUNDING_HTML);
    const panel = await harness.openPanel(page);
    await panel.waitForSelector('[data-list="placed"] li');
    await panel.fill('[data-list="placed"] textarea[name="note"]', 'Edited in the panel');
    await panel.click('#facts-heading');
    await panel.click('[data-list="placed"] button:text-is("Delete")');
    await expect.poll(() => factsPlaced(page)).toBe('0/0');
    await panel.click('[role="status"] button:text-is("Undo")');
    await expect.poll(() => factsPlaced(page)).toBe('1/1');
    await panel.waitForSelector('[data-list="placed"] li');
    expect(await panel.inputValue('[data-list="placed"] textarea[name="note"]')).toBe('Edited in the panel');
    await panel.close();
    await page.close();
  });
});

describe('import into a fresh profile', () => {
  it('brings every fact back, highlighted in the page', async () => {
    expect(jsonExport).toContain(QUOTE);
    await harness.close();
    harness = await startHarness();
    const page = await harness.open(FOUNDING_URL);
    await expect.poll(() => factsPlaced(page)).toBe('0/0');
    const panel = await harness.openPanel(page);
    await panel.waitForSelector('[data-section="facts"]');
    await panel.setInputFiles('input[name="import"]', { name: 'facts.json', mimeType: 'application/json', buffer: Buffer.from(jsonExport) });
    await expect.poll(() => panel.textContent('[data-section="facts"] [role="status"].notice')).toContain('Imported 1 new');
    await panel.waitForSelector('[data-list="placed"] li');
    expect(await panel.inputValue('[data-list="placed"] textarea[name="note"]')).toBe(NOTE);
    await expect.poll(() => factsPlaced(page)).toBe('1/1');
    expect(await factTexts(page)).toEqual([QUOTE]);
    await panel.close();
    await page.close();
  });
});

describe('facts from the page\'s own highlights and late content', () => {
  it('pins an annotation from its card ("Pin as fact", answered in the page)', async () => {
    const page = await reopen(FOUNDING_HTML);
    const before = Number((await factsPlaced(page))?.split('/')[1]);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => factsPlaced(page)).toBe(`${before + 1}/${before + 1}`);
    const panel = await harness.openPanel(page);
    await panel.waitForSelector(`[data-list="placed"] li:nth-child(${before + 1})`);
    // Only a pinned fact carries what Release Lens found there: its value for reading.
    const found = await panel.$$eval('[data-list="placed"] li .meta', (els) => els.map((e) => e.textContent ?? ''));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Pinned .+/);
    await panel.close();
    await page.close();
  });

  it('saves a selection from the context menu item (its message to the tab)', async () => {
    const page = await reopen(FOUNDING_HTML);
    const total = Number((await factsPlaced(page))?.split('/')[1]);
    await selectText(page, 'high technology exports to China increased by 44%');
    const tabId = await harness.tabIdOf(page);
    // What the background's contextMenus.onClicked sends; headless Chromium has no menu to click.
    await harness.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'facts-save-selection' }), tabId);
    await page.keyboard.type('From the menu');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => factsPlaced(page)).toBe(`${total + 1}/${total + 1}`);
    expect(await factTexts(page)).toContain('high technology exports to China increased by 44%');
    await page.close();
  });

  it('places a fact whose passage arrives after the page loaded', async () => {
    const paragraph = /<p>“These Guidelines are a positive step[^]*?<\/p>/.exec(FOUNDING_HTML)?.[0] ?? '';
    expect(paragraph).toContain('fastest growing');
    const late = FOUNDING_HTML.replace(paragraph, '<div id="later"></div>').replace(
      '</body>',
      `<script>setTimeout(() => { document.getElementById('later').outerHTML = ${JSON.stringify(paragraph)}; }, 1500);</script></body>`,
    );
    const page = await reopen(late);
    const total = Number((await factsPlaced(page))?.split('/')[1]);
    expect(await factsPlaced(page)).toBe(`${total - 1}/${total}`);
    await expect.poll(() => factsPlaced(page), { timeout: 10_000 }).toBe(`${total}/${total}`);
    expect(await factTexts(page)).toContain(QUOTE);
    await page.close();
  });
});
