/**
 * A pinned insight and a pinned figure of the founding release in every export format.
 * The facts (test/fixtures/facts/pinned.json) and the Markdown they export
 * (pinned.expected.md) were written by hand from the release's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/export/csv.js';
import { fromJson, toJson } from '../../src/core/export/json.js';
import { toMarkdown } from '../../src/core/export/markdown.js';
import { toTsv } from '../../src/core/export/tsv.js';
import { toWebAnnotation } from '../../src/core/export/web-annotation.js';
import { Fact } from '../../src/core/facts.js';
import { parseCsv } from '../support/csv.js';

const DIR = join(import.meta.dirname, '../fixtures/facts');
const FACTS = (JSON.parse(readFileSync(join(DIR, 'pinned.json'), 'utf8')) as unknown[]).map((f) => Fact.parse(f));
const [FIGURE, INSIGHT] = FACTS as [Fact, Fact];
const EXPORTED = new Date('2026-11-30T09:00:00.000Z');
const LINK_55 = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904#:~:text=to%20China%20totaled-,%2455%20billion,-in%202006%2C%20up';
const LINK_32 = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904#:~:text=in%202006%2C%20up-,32%25,-from%202005.%20U.S.';

describe('Markdown of pinned facts', () => {
  it('is the hand-written document: the citation once per release, the insight with its working and linked inputs, the figure in its sentence', () => {
    expect(toMarkdown(FACTS, EXPORTED)).toBe(readFileSync(join(DIR, 'pinned.expected.md'), 'utf8'));
  });

  it('leaves out the insights the reader did not keep with a figure', () => {
    const md = toMarkdown([FIGURE], EXPORTED);
    expect(md).toContain('$55 billion ÷ (1 + 32%) = $41.67 billion');
    expect(md).not.toContain('CPI-U');
  });
});

describe('CSV and TSV of pinned facts', () => {
  const table = (text: string, split: (t: string) => string[][]) => {
    const [header, ...rows] = split(text);
    return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i]])));
  };

  it('carry the insight’s value, working, subject, period and each input with its quote and link', () => {
    const [, insight] = table(toCsv(FACTS), parseCsv);
    expect(insight).toMatchObject({
      found_kind: 'implied-base',
      value: '41666666666.67',
      reads_as: '$41.67 billion',
      working: '$55 billion ÷ (1 + 32%) = $41.67 billion',
      formula: '55000000000 / (1 + 0.32)',
      subject: 'U.S. exports to China',
      period: '2005',
      sentence: INSIGHT.pinned?.sentence,
    });
    expect(insight?.inputs).toBe(`“$55 billion” = 55000000000 USD ${LINK_55}; “32%” = 32 % ${LINK_32}`);
  });

  it('carry the figure’s sentence, measure and the insights kept with it', () => {
    const [figure] = table(toCsv(FACTS), parseCsv);
    expect(figure).toMatchObject({
      quote: '$55 billion',
      sentence: 'U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.',
      reads_as: '$55 billion',
      subject: 'U.S. exports to China',
      period: '2006',
      role: 'level',
      insights: 'implied earlier value: $55 billion ÷ (1 + 32%) = $41.67 billion',
    });
  });

  it('fold the page’s line breaks and indentation out of every cell', () => {
    const [figure] = table(toCsv(FACTS), parseCsv);
    // The stored prefix is " \nU.S. exports to China totaled ": the page's break and indentation.
    expect(figure?.prefix).toBe('U.S. exports to China totaled');
    const tsv = table(toTsv(FACTS), (t) => t.trimEnd().split('\n').map((l) => l.split('\t')));
    expect(tsv[1]).toMatchObject({ 'Reads as': '$41.67 billion', Working: '$55 billion ÷ (1 + 32%) = $41.67 billion', Subject: 'U.S. exports to China', Period: '2005' });
    for (const row of tsv) for (const cell of Object.values(row)) expect(cell).toBe(cell?.replace(/\s+/g, ' ').trim());
  });
});

describe('JSON of pinned facts', () => {
  it('is version 2 and reads back without loss: inputs, working and the insights kept with a figure', () => {
    const json = toJson(FACTS, EXPORTED);
    expect(JSON.parse(json)).toMatchObject({ schema: 'release-lens/facts', version: 2 });
    expect(fromJson(json)).toEqual({ ok: true, facts: FACTS, rejected: [] });
  });
});

describe('Web Annotation of pinned facts', () => {
  const items = JSON.parse(toWebAnnotation(FACTS, EXPORTED)).first.items as Array<{
    body: Array<{ purpose: string; value: string }>;
    target: unknown;
  }>;

  it('describes an insight by its sentence, its working for a reader and as data, and targets the passage and each input', () => {
    const insight = items[1];
    const described = insight?.body.filter((b) => b.purpose === 'describing').map((b) => b.value);
    expect(described).toEqual(
      expect.arrayContaining(['$41.67 billion', INSIGHT.pinned?.sentence, '$55 billion ÷ (1 + 32%) = $41.67 billion', '55000000000 / (1 + 0.32)', 'U.S. exports to China, 2005']),
    );
    const targets = insight?.target as Array<{ id: string; selector: Array<{ exact?: string }> }>;
    expect(targets.map((t) => t.selector[0]?.exact)).toEqual(['$55 billion in 2006, up 32%', '$55 billion', '32%']);
    expect(targets.slice(1).map((t) => t.id)).toEqual([LINK_55, LINK_32]);
  });

  it('describes a figure by its sentence, its measure and the insights kept with it', () => {
    const figure = items[0];
    const described = figure?.body.filter((b) => b.purpose === 'describing').map((b) => b.value) ?? [];
    expect(described).toContain('U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.');
    expect(described).toContain('U.S. exports to China, 2006, level, up');
    expect(described.some((d) => d.includes('$55 billion ÷ (1 + 32%) = $41.67 billion'))).toBe(true);
    expect(described.some((d) => d.includes('CPI-U'))).toBe(false);
    expect((figure?.target as { id: string }).id).toBe(LINK_55);
  });
});
