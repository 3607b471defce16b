/**
 * Exporting every release's facts: 1,000 releases with five facts each, in every
 * format, against the floor of JSON.stringify on the same facts (target < 1 s).
 */
import { expect, it } from 'vitest';
import { EXPORT_FORMATS, FORMATS } from '../../src/core/export/index.js';
import { fromJson } from '../../src/core/export/json.js';
import type { Fact } from '../../src/core/facts.js';
import { FOUNDING_TEXT } from '../support/founding.js';
import { factOf, FOUNDING_RELEASE, NOW } from '../support/facts.js';
import { printTable, time } from './measure.js';

const QUOTES = ['$55 billion', '32%', 'Carlos M. Gutierrez', 'the fastest growing export market for U.S. exports', 'U.S. high technology exports to China increased by 44% in 2006, to $17.7 billion'];

function corpus(releases: number): Fact[] {
  const facts: Fact[] = [];
  for (let r = 0; r < releases; r++) {
    const release = { ...FOUNDING_RELEASE, title: `${FOUNDING_RELEASE.title} (${r})`, url: `${FOUNDING_RELEASE.url}?n=${r}` };
    for (const [i, q] of QUOTES.entries()) facts.push(factOf(q, { text: FOUNDING_TEXT, release, note: i % 2 ? `Note ${r}.${i}, with "quotes"` : '', tags: i ? ['trade'] : [] }));
  }
  return facts;
}

it('export 1,000 releases of facts in each format', () => {
  const facts = corpus(1_000);
  const floor = time(() => JSON.stringify(facts), 7, 1);
  const rows = EXPORT_FORMATS.map((format) => {
    let size = 0;
    const ms = time(() => (size = FORMATS[format].render(facts, NOW).length), 5, 1);
    return { format: FORMATS[format].label, facts: facts.length, MB: (size / 1e6).toFixed(1), 'floor ms': floor.toFixed(1), 'export ms': ms.toFixed(1), ratio: (ms / floor).toFixed(1) };
  });
  const json = FORMATS.json.render(facts, NOW);
  const importMs = time(() => fromJson(json), 5, 1);
  rows.push({ format: 'JSON import', facts: facts.length, MB: (json.length / 1e6).toFixed(1), 'floor ms': floor.toFixed(1), 'export ms': importMs.toFixed(1), ratio: (importMs / floor).toFixed(1) });
  printTable('Export of 1,000 releases × 5 facts (median ms; target < 1000 ms; floor = JSON.stringify)', rows);
  expect(rows).toHaveLength(EXPORT_FORMATS.length + 1);
});
