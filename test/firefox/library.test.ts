/** The library page in Firefox: releases read are listed, searched and charted as in Chromium. */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { TRADE_STATEMENTS } from '../support/trade-statements.js';
import { startFirefoxHarness, waitFor, type FirefoxHarness } from './harness.js';

let firefox: FirefoxHarness;
let library: Page;

const [SEPTEMBER, FEBRUARY] = TRADE_STATEMENTS;
const titlesIn = (page: Page) => page.$$eval('li.release .title', (els) => els.map((e) => e.textContent ?? ''));
const titles = () => titlesIn(library);

beforeAll(async () => {
  firefox = await startFirefoxHarness();
  for (const url of [FOUNDING_URL, SEPTEMBER.url, FEBRUARY.url]) {
    const page = await firefox.open(url);
    // Closed once it has handed the release to the library.
    await page.waitForFunction(() => performance.getEntriesByName('release-lens:library-recording').length > 0);
    await page.close();
  }
  // Opened again until it lists them (recording is asynchronous); BiDi does not report
  // reloads of moz-extension:// pages as finished, so each look is a new tab.
  let look: Page | undefined;
  await waitFor(async () => {
    await look?.close();
    look = await firefox.openExtensionPage('library.html');
    await look.waitForSelector('main.library');
    return (await titlesIn(look)).length === 3;
  }, 'the library to list the three releases read');
  library = look as Page;
});
afterAll(async () => firefox?.close());

describe('the library in Firefox', () => {
  it('lists the releases read, newest first', async () => {
    const list = await titles();
    expect(list[0]).toMatch(/February 2016/);
    expect(list[2]).toMatch(/Guidelines for U\.S\.-China High Technology/);
  });

  it('finds MOFCOM in the founding release only, with the sentence and the term marked', async () => {
    await library.type('#library-search', 'MOFCOM');
    await library.waitForSelector('.sentence mark');
    expect(await titles()).toEqual([expect.stringMatching(/Guidelines/)]);
    expect(await library.$$eval('.sentence mark', (els) => els.map((e) => e.textContent))).toContain('MOFCOM');
  });

  it('gives Carlos M. Gutierrez a page with his role', async () => {
    await library.evaluate(() => (location.hash = '#/person/carlos%20m%20gutierrez'));
    await library.waitForSelector('ul.roles');
    expect(await library.$eval('ul.roles', (e) => e.textContent)).toMatch(/Secretary of Commerce, 2007/);
  });

  it('draws the series of U.S. exports with a row per release', async () => {
    await library.evaluate(() => (location.hash = '#/series'));
    await library.waitForSelector('ul.series-list a');
    const href = await library.$$eval('ul.series-list a', (as) => as.find((a) => /^U\.S\. exports of goods and services — level/.test(a.textContent ?? ''))?.getAttribute('href'));
    expect(href).toBeTruthy();
    await library.evaluate((h) => (location.hash = h ?? ''), href);
    await library.waitForSelector('.chart canvas');
    expect(await library.$$eval('.series-table tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent))).toEqual(['$187.9 billion', '$178.1 billion']);
  });
});
