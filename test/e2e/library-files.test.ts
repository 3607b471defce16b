/**
 * The library as a file, in Chromium: exported from one profile and imported into a fresh
 * one without losing anything, merged by release when imported again; a corrupt or
 * foreign file refused in words with nothing stored changed; and a full disk said in
 * words with nothing half-written.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_FORMAT } from '../../src/core/library/library-file.js';
import { FOUNDING_URL } from '../support/founding.js';
import { TRADE_STATEMENTS } from '../support/trade-statements.js';
import { startHarness, type Harness } from './harness.js';

const [SEPTEMBER, FEBRUARY, MARCH] = TRADE_STATEMENTS;

let reader: Harness;
let fresh: Harness;

beforeAll(async () => {
  [reader, fresh] = await Promise.all([startHarness(), startHarness()]);
  for (const url of [FOUNDING_URL, SEPTEMBER.url, FEBRUARY.url]) await read(reader, url);
});
afterAll(async () => Promise.all([reader?.close(), fresh?.close()]));

async function read(harness: Harness, url: string): Promise<void> {
  const page = await harness.open(url);
  expect(await page.getAttribute('html', 'data-release-lens')).toBe('ready');
  await page.close();
}

async function libraryPage(harness: Harness, hash = ''): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/library.html${hash}`);
  await page.waitForSelector('main.library');
  return page;
}

/** The titles the list shows, read again until there are `count` (recording is asynchronous). */
async function titlesOnceListed(harness: Harness, count: number): Promise<string[]> {
  const page = await libraryPage(harness);
  const titles = () => page.$$eval('li.release .title', (els) => els.map((e) => e.textContent ?? ''));
  await expect
    .poll(async () => {
      await page.reload();
      await page.waitForSelector('main.library');
      return (await titles()).length;
    })
    .toBe(count);
  const out = await titles();
  await page.close();
  return out;
}

interface ExportedFile {
  format: string;
  exportedAt: string;
  releases: Array<{ entry: { key: string; title: string }; text: unknown }>;
}

async function exportLibrary(harness: Harness): Promise<{ path: string; file: ExportedFile }> {
  const page = await libraryPage(harness, '#/manage');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export library")')]);
  const path = await download.path();
  expect(download.suggestedFilename()).toMatch(/^release-lens-library-\d{4}-\d{2}-\d{2}\.json$/);
  await page.close();
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) as ExportedFile };
}

/** Chooses a file on the Manage page and waits for what the page says. */
async function importInto(page: Page, file: { name: string; text: string } | string): Promise<string> {
  await page.setInputFiles('input[type="file"]', typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const said = await page.waitForSelector('[data-library="done"], .notice.error[role="alert"]');
  return (await said.textContent()) ?? '';
}

const byKey = (file: ExportedFile) => [...file.releases].sort((a, b) => a.entry.key.localeCompare(b.entry.key));

describe('export and import', () => {
  let exported: { path: string; file: ExportedFile };

  it('exports every release with its text and findings as one file', async () => {
    await titlesOnceListed(reader, 3);
    exported = await exportLibrary(reader);
    expect(exported.file.format).toBe(LIBRARY_FORMAT);
    expect(exported.file.releases.map((r) => r.entry.title).sort()).toEqual([expect.stringMatching(/Guidelines for U\.S\.-China/), expect.stringMatching(/September 2015/), expect.stringMatching(/February 2016/)]);
  });

  it('imports it into a fresh profile losslessly: the same releases, search, people and series', async () => {
    expect(await titlesOnceListed(fresh, 0)).toEqual([]);
    const manage = await libraryPage(fresh, '#/manage');
    expect(await importInto(manage, exported.path)).toMatch(/3 added, 0 updated, 0 already here/);
    await manage.close();

    expect((await titlesOnceListed(fresh, 3)).sort()).toEqual((await titlesOnceListed(reader, 3)).sort());
    const again = await exportLibrary(fresh);
    expect(byKey(again.file)).toEqual(byKey(exported.file));

    const library = await libraryPage(fresh, `#/?q=MOFCOM`);
    await library.waitForSelector('.sentence mark');
    expect(await library.$$eval('li.release .title', (els) => els.map((e) => e.textContent))).toEqual([expect.stringMatching(/Guidelines/)]);
    await library.goto(`chrome-extension://${fresh.extensionId}/library.html#/person/carlos%20m%20gutierrez`);
    await library.waitForSelector('ul.roles');
    expect(await library.textContent('ul.roles')).toMatch(/Secretary of Commerce/);
    await library.goto(`chrome-extension://${fresh.extensionId}/library.html#/series`);
    await library.locator('ul.series-list a', { hasText: /^U\.S\. exports of goods and services — level/ }).click();
    await library.waitForSelector('.chart canvas');
    expect(await library.$$eval('.series-table tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent))).toEqual(['$187.9 billion', '$178.1 billion']);
    await library.close();
  });

  it('merges by release when a file is imported again: only what is new is added', async () => {
    const manage = await libraryPage(fresh, '#/manage');
    expect(await importInto(manage, exported.path)).toMatch(/0 added, 0 updated, 3 already here/);
    await manage.close();
    expect(await titlesOnceListed(fresh, 3)).toHaveLength(3);

    await read(reader, MARCH.url);
    await titlesOnceListed(reader, 4);
    const larger = await exportLibrary(reader);
    const again = await libraryPage(fresh, '#/manage');
    expect(await importInto(again, larger.path)).toMatch(/1 added, 0 updated, 3 already here/);
    await again.close();
    expect((await titlesOnceListed(fresh, 4)).filter((t) => /March 2016/.test(t))).toHaveLength(1);
  });
});

describe('files that are refused', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['notes.json', 'this is not JSON {', /not JSON: it is not a Release Lens library file/],
    ['facts.json', JSON.stringify({ format: 'release-lens/facts@1', facts: [] }), /Not imported: this is a “release-lens\/facts@1” file/],
    ['other.json', JSON.stringify([{ id: 1, title: 'A spreadsheet row' }]), /Not imported: this is not a Release Lens library file/],
  ];

  it.each(cases)('refuses %s with a message and changes nothing', async (name, text, message) => {
    const before = byKey((await exportLibrary(fresh)).file);
    const manage = await libraryPage(fresh, '#/manage');
    expect(await importInto(manage, { name, text })).toMatch(message);
    await manage.close();
    expect(byKey((await exportLibrary(fresh)).file)).toEqual(before);
  });

  it('refuses a library file with one damaged release, saying so, and imports none of it', async () => {
    const { file } = await exportLibrary(reader);
    const before = byKey((await exportLibrary(fresh)).file);
    const damaged = { ...file, releases: [...file.releases, { entry: { ...file.releases[0]?.entry, key: 'https://example.gov/new' }, text: { key: 'https://example.gov/new', text: 42 } }] };
    const manage = await libraryPage(fresh, '#/manage');
    expect(await importInto(manage, { name: 'damaged.json', text: JSON.stringify(damaged) })).toMatch(/Not imported: the file is damaged \(releases\.\d+\..+\)\. Nothing in your library was changed\./);
    await manage.close();
    expect(byKey((await exportLibrary(fresh)).file)).toEqual(before);
  });
});

describe('a full disk', () => {
  it('is said in words, and nothing of the import is half-written', async () => {
    const { path } = await exportLibrary(reader);
    const manage = await libraryPage(fresh, '#/manage');
    const manageDelete = manage.locator('button:has-text("Delete all releases")');
    await manageDelete.click();
    await manage.click('button:has-text("Delete everything")');
    await manage.waitForSelector('[data-library="done"]:has-text("The library is empty")');
    expect(await titlesOnceListed(fresh, 0)).toEqual([]);

    // The disk fills up part way through: the third record written is refused, as the
    // browser refuses one when the quota is spent.
    await manage.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      let writes = 0;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (++writes === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const said = await importInto(manage, path);
    expect(said).toMatch(/Not saved: there is no room left for the library \(the disk or the browser’s storage is full\)\. Nothing was half-written\./);
    expect(await manage.getAttribute('.notice.error', 'role')).toBe('alert');
    await manage.close();
    expect(await titlesOnceListed(fresh, 0)).toEqual([]);

    // With room again, the same file imports whole.
    const again = await libraryPage(fresh, '#/manage');
    expect(await importInto(again, path)).toMatch(/4 added/);
    await again.close();
    expect(await titlesOnceListed(fresh, 4)).toHaveLength(4);
  });
});
