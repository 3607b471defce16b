/** What the panel lists, from the founding release's annotations. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/pipeline.js';
import { countsByKind } from '../../src/core/model.js';
import { acronymRows, entityRows, matches } from '../../src/panel/items.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const { annotations } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T00:00:00Z') });

describe('panel items', () => {
  it('groups acronym mentions into one row each, with the mention inside the definition', () => {
    const rows = acronymRows(annotations);
    const bis = rows.find((r) => r.abbr === 'BIS');
    expect(bis).toMatchObject({ expansion: 'Bureau of Industry and Security', source: 'page' });
    expect(bis?.ids.length).toBe(annotations.filter((a) => a.kind === 'acronym' && a.text === 'BIS').length);
    const definition = annotations.find((a) => a.id === bis?.definitionId);
    expect(definition && FOUNDING_TEXT.slice(definition.start - 2, definition.end + 2)).toMatch(/^.[‘'(]BIS[’')]/);
  });

  it('keeps only http(s) links from annotations', () => {
    const rows = acronymRows([
      { id: 'a1', kind: 'acronym', text: 'EAR', start: 0, end: 3, expansion: 'Export Administration Regulations', url: 'javascript:alert(1)' },
      { id: 'a2', kind: 'acronym', text: 'BIS', start: 5, end: 8, expansion: 'Bureau of Industry and Security', url: 'https://www.bis.gov/' },
    ]);
    expect(rows.map((r) => r.url)).toEqual([undefined, 'https://www.bis.gov/']);
  });

  it('says what each figure measures, never as raw digits, and counts every category', () => {
    const money = entityRows(annotations, ['money']);
    expect(money.map((m) => m.text)).toEqual(['$55 billion', '$17.7 billion']);
    expect(money[0]?.detail).toContain('U.S. exports to China');
    expect(money.map((m) => m.detail).join(' ')).not.toMatch(/\d{7,}/);
    const counts = countsByKind(annotations);
    expect(counts.money).toBe(2);
    expect(counts.percent).toBe(2);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(annotations.length);
  });

  it('lists each person once, by full name, with the role and every mention', () => {
    const people = entityRows(annotations, ['person']);
    const mancuso = people.filter((p) => p.text.includes('Mancuso'));
    expect(mancuso).toHaveLength(1);
    expect(mancuso[0]?.text).toBe('Mario Mancuso');
    expect(mancuso[0]?.detail).toMatch(/Under Secretary/);
    expect(mancuso[0]?.ids.length).toBe(annotations.filter((a) => a.kind === 'person' && a.text.includes('Mancuso')).length);
    expect(mancuso[0]?.ids.length).toBeGreaterThan(1);
  });

  it('matches every word of a filter, in any order and case', () => {
    expect(matches('commerce ministry', 'MOFCOM', 'Ministry of Commerce')).toBe(true);
    expect(matches('ministry trade', 'MOFCOM', 'Ministry of Commerce')).toBe(false);
    expect(matches('  ', 'anything')).toBe(true);
  });
});
