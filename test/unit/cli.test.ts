import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateHtml } from '../../src/cli/annotate-file.js';
import { render } from '../../src/cli/formats.js';
import { decodeHtml, expandInputs, InputError } from '../../src/cli/inputs.js';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';

const output = annotateHtml(FOUNDING_HTML, { url: FOUNDING_URL, anyPage: false, now: new Date('2026-11-29T00:00:00Z') });

describe('the CLI on the founding release', () => {
  it('keeps DESIGN.md’s JSON contract', () => {
    const json = JSON.parse(render([{ file: 'a.html', output }], 'json'));
    expect(json).toMatchObject({ schema: 'release-lens/annotations@1', url: FOUNDING_URL, release: { isRelease: true, published: '2007-12-11' } });
    const bis = json.annotations.find((a: { text: string }) => a.text === 'BIS');
    expect(bis).toMatchObject({ id: expect.stringMatching(/^a\d+$/), kind: 'acronym', expansion: 'Bureau of Industry and Security', source: 'page' });
    expect(json.annotations.find((a: { kind: string }) => a.kind === 'person')).toMatchObject({ text: 'Carlos M. Gutierrez', role: 'Secretary of Commerce' });
    expect(json.insights.length).toBeGreaterThan(0);
  });

  it('gives several files as an array, each with its file', () => {
    const json = JSON.parse(render([{ file: 'a.html', output }, { file: 'b.html', output }], 'json'));
    expect(json.map((r: { file: string }) => r.file)).toEqual(['a.html', 'b.html']);
  });

  it('writes CSV a row per annotation, with formulas defused', () => {
    const csv = render([{ file: 'a.html', output }], 'csv').trim().split('\r\n');
    expect(csv[0]).toBe('file,url,id,kind,text,start,end,detail');
    expect(csv).toHaveLength(output.annotations.length + 1);
    expect(csv.some((row) => row.includes(',acronym,BIS,') && row.includes('Bureau of Industry and Security (page)'))).toBe(true);
  });

  it('writes Markdown a section per release with a table', () => {
    const md = render([{ file: 'a.html', output }], 'md');
    expect(md).toMatch(/^## Department of Commerce Announces/);
    expect(md).toContain('| acronym | HTWG | U.S.-China High Technology and Strategic Trade Working Group (page) |');
  });
});

describe('CLI inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-lens-cli-'));

  it('says a missing file is missing', async () => {
    await expect(expandInputs([join(dir, 'nope.html')])).rejects.toThrow(/no such file/);
  });

  it('expands a directory to its HTML files, sorted', async () => {
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'b.html'), '<p>b</p>');
    writeFileSync(join(dir, 'pages', 'a.htm'), '<p>a</p>');
    writeFileSync(join(dir, 'pages', 'notes.txt'), 'x');
    expect(await expandInputs([join(dir, 'pages')])).toEqual([join(dir, 'pages', 'a.htm'), join(dir, 'pages', 'b.html')]);
  });

  it('refuses what is not HTML and what it cannot decode', () => {
    expect(() => decodeHtml(new TextEncoder().encode('just some words'), 'x.html')).toThrow(InputError);
    expect(() => decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x00]), 'x.html')).toThrow(/not valid UTF-8/);
  });

  it('reads a page in the legacy encoding it declares', () => {
    const ascii = (t: string) => [...new TextEncoder().encode(t)];
    const bytes = new Uint8Array([...ascii('<html><head><meta charset="windows-1252"></head><body><p>caf'), 0xe9, ...ascii('</p></body></html>')]);
    expect(decodeHtml(bytes, 'x.html')).toContain('café');
  });
});

describe('--any-page on a layout Release Lens does not know', () => {
  const page = `<!doctype html><html><body>
    <header role="banner"><a href="/">Home</a> <a href="/foia">FOIA</a> Office of the CIO</header>
    <nav><a href="/about">About the ITA</a> <a href="/news">News</a></nav>
    <div class="wrap"><main><h1>Agency Awards Grants</h1>
      <p>The Economic Development Administration (EDA) today awarded $3 million in grants to the city. The EDA expects the project to create 150 jobs over three years.</p>
      <p>"This investment will help the region grow," said the administrator. The grants will fund water and sewer work that local businesses need to expand.</p>
    </main>
    <aside><p>Related: the NTIA and the BIS announced other awards in recent weeks, which you can read about in our newsroom pages.</p></aside></div>
    <footer><a href="/foia">FOIA</a> | <a href="/privacy">Privacy Policy</a> | USA.gov</footer>
  </body></html>`;
  const out = annotateHtml(page, { url: 'https://example.org/news/awards', anyPage: true, now: new Date('2026-11-29T00:00:00Z') });

  it('reads the main content, never the navigation, header, footer or aside', () => {
    expect(out.text).toContain('today awarded $3 million');
    for (const chrome of ['FOIA', 'Privacy Policy', 'About the ITA', 'Related:']) expect(out.text).not.toContain(chrome);
    const acronyms = out.annotations.filter((a) => a.kind === 'acronym').map((a) => a.text);
    expect(acronyms).toContain('EDA');
    expect(acronyms).not.toContain('FOIA');
    expect(acronyms).not.toContain('NTIA');
  });
});
