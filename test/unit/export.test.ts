import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/export/csv.js';
import { exportFileName, FORMATS } from '../../src/core/export/index.js';
import { fromJson, toJson } from '../../src/core/export/json.js';
import { escapeInline, toMarkdown } from '../../src/core/export/markdown.js';
import { neutralize } from '../../src/core/export/table.js';
import { toTsv } from '../../src/core/export/tsv.js';
import { toWebAnnotation } from '../../src/core/export/web-annotation.js';
import { annotationFact, type Fact } from '../../src/core/facts.js';
import type { ReleaseInfo } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';
import { releaseKey } from '../../src/core/release-key.js';
import { parseCsv } from '../support/csv.js';
import { FOUNDING_TEXT } from '../support/founding.js';
import { factOf, FOUNDING_RELEASE, NOW } from '../support/facts.js';

/** A page written to break exporters: quotes, commas, line breaks, formulas, HTML, Markdown and non-Latin text. */
const HOSTILE_TEXT = [
  'Intro line.',
  '=HYPERLINK("http://evil.test","click"), said "Bob", 5 < 6 & <script>alert(1)</script>',
  '+1 555 0100 | @SUM(A1) | -2+3',
  '# Not a heading *bold* [link](http://x.test) `code` 1. item',
  'Übersee — 中国商务部 — emoji 🚀 — right-to-left שלום',
  'Tail.',
].join('\n');
const HOSTILE_RELEASE: ReleaseInfo = {
  ...FOUNDING_RELEASE,
  title: 'A "quoted", <b>bold</b> title\nwith a line break',
  agency: '=cmd|" /C calc"!A0',
  url: 'https://www.commerce.gov/news/a (b)?x=1&y=<2>',
};

function hostileFacts(): Fact[] {
  const lines = HOSTILE_TEXT.split('\n').slice(1, 5);
  return lines.map((line, i) =>
    factOf(line, {
      text: HOSTILE_TEXT,
      release: HOSTILE_RELEASE,
      note: i === 0 ? '=1+1\nsecond line, with "quotes"\r\nand\ttab' : `-note ${i} <img src=x onerror=alert(1)>`,
      tags: i === 0 ? ['@risk', 'a,b', 'x"y'] : [],
    }),
  );
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV', () => {
  it('is RFC 4180: every record has every column, and text comes back intact on one line', () => {
    const facts = hostileFacts();
    const records = parseCsv(toCsv(facts));
    const [header, ...rows] = records;
    expect(rows).toHaveLength(facts.length);
    for (const r of rows) expect(r).toHaveLength(header?.length ?? 0);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows[0]?.[col('quote')]).toBe(`'${facts[0]?.quote.exact}`);
    expect(rows[0]?.[col('note')]).toBe(`'=1+1 second line, with "quotes" and tab`);
    expect(rows[0]?.[col('tags')]).toBe(`'@risk; a,b; x"y`);
    expect(rows[3]?.[col('quote')]).toBe('Übersee — 中国商务部 — emoji 🚀 — right-to-left שלום');
    expect(rows[2]?.[col('quote')]).toBe('# Not a heading *bold* [link](http://x.test) `code` 1. item');
  });

  it('neutralizes every cell a spreadsheet would run as a formula', () => {
    const rows = parseCsv(toCsv(hostileFacts()));
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    expect(neutralize('-2+3')).toBe("'-2+3");
    expect(neutralize('＝1+1')).toBe("'＝1+1");
    expect(neutralize(-5)).toBe('-5');
    expect(neutralize('plain')).toBe('plain');
  });

  it('writes numbers as numbers', () => {
    const money = analyze(FOUNDING_TEXT, { now: NOW }).annotations.find((a) => a.kind === 'money');
    if (!money) throw new Error('no money');
    const fact = annotationFact({ id: 'm', now: NOW, release: FOUNDING_RELEASE, releaseKey: 'k', text: FOUNDING_TEXT }, money);
    if (!fact) throw new Error('no fact');
    const [header, row] = parseCsv(toCsv([fact]));
    expect(row?.[header?.indexOf('value') ?? -1]).toBe('55000000000');
    expect(row?.[header?.indexOf('unit') ?? -1]).toBe('USD');
  });
});

describe('TSV for the clipboard', () => {
  it('has one line per fact and no tab or line break inside a cell', () => {
    const facts = hostileFacts();
    const lines = toTsv(facts).trimEnd().split('\n');
    expect(lines).toHaveLength(facts.length + 1);
    const width = lines[0]?.split('\t').length;
    for (const line of lines) expect(line.split('\t')).toHaveLength(width ?? 0);
    for (const cell of lines.flatMap((l) => l.split('\t'))) expect(cell).not.toMatch(FORMULA_START);
    expect(lines[1]).toContain("'=1+1 second line, with \"quotes\" and tab");
  });
});

describe('JSON', () => {
  it('reads back exactly what it wrote', () => {
    const facts = [...hostileFacts(), factOf('$55 billion', { note: 'n', tags: ['t'] })];
    const back = fromJson(toJson(facts, NOW));
    expect(back).toEqual({ ok: true, facts, rejected: [] });
  });

  it('keeps the valid facts of a damaged file and says what was wrong with the rest', () => {
    const doc = JSON.parse(toJson([factOf('JCCT'), factOf('MOFCOM')], NOW)) as { facts: unknown[] };
    doc.facts.splice(1, 0, { id: 'broken', quote: 42 });
    const back = fromJson(JSON.stringify(doc));
    expect(back.ok && back.facts.map((f) => f.quote.exact)).toEqual(['JCCT', 'MOFCOM']);
    expect(back.ok && back.rejected.map((r) => r.index)).toEqual([1]);
  });

  it('refuses what is not a facts export, or a newer version, with a clear error', () => {
    expect(fromJson('{')).toMatchObject({ ok: false, error: expect.stringContaining('not JSON') });
    expect(fromJson('{"facts":[]}')).toMatchObject({ ok: false, error: expect.stringContaining('release-lens/facts') });
    expect(fromJson('{"schema":"release-lens/facts","version":3,"facts":[]}')).toMatchObject({ ok: false, error: expect.stringContaining('version 3') });
    expect(fromJson('{"schema":"release-lens/facts","version":0,"facts":[]}')).toMatchObject({ ok: false, error: expect.stringContaining('version 0') });
  });
});

describe('Markdown', () => {
  it('groups facts by release, quotes each one and cites it', () => {
    const other: ReleaseInfo = { ...FOUNDING_RELEASE, title: 'Another release', published: '2001-01-01', url: 'https://www.commerce.gov/news/other' };
    const facts = [factOf('$55 billion', { note: 'Exports total' }), factOf('Tail.', { text: HOSTILE_TEXT, release: other })];
    const md = toMarkdown(facts, NOW);
    const sections = md.split('\n## ').slice(1);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^Another release\n\nU\.S\. Department of Commerce, 2001-01-01\. <https:\/\/www\.commerce\.gov\/news\/other>/);
    expect(sections[1]).toContain('> $55 billion');
    expect(sections[1]).toContain('**Note:** Exports total');
    expect(sections[1]).toContain('U.S. Department of Commerce, 2007-12-11');
    expect(sections[1]).toContain('captured 2026-11-29');
    expect(sections[1]).toContain('#:~:text=');
  });

  it('keeps hostile text as text: no raw HTML, headings, lists or links of the page\'s making', () => {
    const md = toMarkdown(hostileFacts(), NOW);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b>)/m);
    expect(md).toContain('> \\# Not a heading \\*bold\\* \\[link\\](http://x.test) \\`code\\` 1. item');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('**Note:** \\-note 1 \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('<https://www.commerce.gov/news/a%20%28b%29?x=1&y=%3C2%3E>');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 2)).toEqual(['# Facts from Release Lens', '## A "quoted", \\<b\\>bold\\</b\\> title with a line break']);
    // The rest are ours, one a fact, the page's words in them escaped.
    expect(headings.slice(2)).toHaveLength(4);
    expect(headings).toContain('### \\# Not a heading \\*bold\\* \\[link\\](http://x.test) \\`code\\` 1. item');
    for (const h of headings.slice(2)) expect(h).toMatch(/^### [^#]/);
  });

  it('escapes inline markup', () => {
    expect(escapeInline('a*b_c[d]<e>')).toBe('a\\*b\\_c\\[d\\]\\<e\\>');
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  it('is an AnnotationCollection whose targets carry both selectors and a TimeState', () => {
    const facts = [...hostileFacts(), factOf('$17.7 billion')];
    const doc = JSON.parse(toWebAnnotation(facts, NOW));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(facts.length);
    const items = doc.first.items as Array<{ type: string; body: unknown[]; target: { source: { id: string }; selector: Array<{ exact?: string }>; state: unknown } }>;
    expect(items).toHaveLength(facts.length);
    const first = items[0];
    expect(first?.type).toBe('Annotation');
    expect(first?.target.source.id).toBe(HOSTILE_RELEASE.url);
    expect(first?.target.selector).toEqual([facts[0]?.quote, facts[0]?.position]);
    expect(first?.target.selector[0]?.exact).toBe(facts[0]?.quote.exact);
    expect(first?.target.state).toEqual({ type: 'TimeState', sourceDate: NOW.toISOString() });
    expect(first?.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'passage' });
    expect(first?.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: facts[0]?.note, format: 'text/plain' });
    expect(first?.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'a,b' });
  });

  it('classifies and describes a pinned figure by its kind, its value for reading and as data, its sentence and measure', () => {
    const pct = analyze(FOUNDING_TEXT, { now: NOW }).annotations.find((a) => a.kind === 'percent');
    if (!pct) throw new Error('no percent');
    const fact = annotationFact({ id: '0b7f6c9e-3c1a-4c55-9d7e-2a1f7e6b9c10', now: NOW, release: FOUNDING_RELEASE, releaseKey: releaseKey(FOUNDING_RELEASE.url), text: FOUNDING_TEXT }, pct);
    if (!fact) throw new Error('no fact');
    const [item] = JSON.parse(toWebAnnotation([fact], NOW)).first.items;
    expect(item.id).toBe('urn:uuid:0b7f6c9e-3c1a-4c55-9d7e-2a1f7e6b9c10');
    const described = (item.body as Array<{ purpose: string; value: string }>).filter((b) => b.purpose === 'describing').map((b) => b.value);
    expect(item.body[0]).toEqual({ type: 'TextualBody', purpose: 'classifying', value: 'percent' });
    expect(described).toEqual(['32%', '32 %', 'U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.', 'U.S. exports to China, 2006, from 2005, change, up']);
    expect(item.motivation).toBe('highlighting');
  });
});

describe('file names', () => {
  it('names a file by release or scope and date, safely', () => {
    expect(exportFileName('csv', { title: 'A "quoted"/<title>: U.S.-China!' }, NOW)).toBe('release-lens-facts-a-quotedtitle-us-china-2026-11-29.csv');
    expect(exportFileName('jsonld', 'all', NOW)).toBe('release-lens-facts-all-releases-2026-11-29.jsonld');
    expect(FORMATS.markdown.extension).toBe('md');
  });
});
