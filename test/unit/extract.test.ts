import { describe, expect, it } from 'vitest';
import { findDefinitions, findLongForm } from '../../src/core/extract/acronym-definitions.js';
import { extract } from '../../src/core/extract/index.js';
import type { AnnotationOf } from '../../src/core/model.js';
import { FOUNDING_TEXT } from '../support/founding.js';

describe('acronym definitions', () => {
  it('finds the four the founding release defines, with curly quotes inside the parentheses', () => {
    const defs = Object.fromEntries(findDefinitions(FOUNDING_TEXT).map((d) => [d.short, d.long]));
    expect(defs).toEqual({
      MOFCOM: 'Ministry of Commerce',
      JCCT: 'Joint Commission on Commerce and Trade',
      BIS: 'Bureau of Industry and Security',
      HTWG: 'U.S.-China High Technology and Strategic Trade Working Group',
    });
  });

  it('matches the short form right to left against the words before it', () => {
    expect(findLongForm('WTO', 'members of the World Trade Organization')).toBe('World Trade Organization');
    expect(findLongForm('EAR', 'under the Export Administration Regulations')).toBe('Export Administration Regulations');
  });

  it('rejects a parenthesis whose letters the words before it do not contain', () => {
    expect(findLongForm('XYZ', 'the Department of Commerce')).toBeUndefined();
  });
});

describe('extract on the founding release', () => {
  const annotations = extract(FOUNDING_TEXT);
  const of = <K extends AnnotationOf<'money'>['kind'] | 'percent' | 'acronym' | 'date'>(kind: K) =>
    annotations.filter((a): a is AnnotationOf<K> => a.kind === kind);

  it('expands every mention of a page-defined acronym from the page', () => {
    const bis = of('acronym').filter((a) => a.text === 'BIS');
    expect(bis.length).toBe(4);
    for (const a of bis) {
      expect(a.expansion).toBe('Bureau of Industry and Security');
      expect(a.source).toBe('page');
      expect(FOUNDING_TEXT.slice(a.start, a.end)).toBe('BIS');
    }
    expect(new Set(of('acronym').map((a) => a.text))).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
  });

  it('reads the money figures and percentages as values', () => {
    expect(of('money').map((a) => [a.text, a.value])).toEqual([
      ['$55 billion', 55e9],
      ['$17.7 billion', 17.7e9],
    ]);
    expect(of('percent').map((a) => a.value)).toEqual([32, 44]);
  });

  it('reads the dateline with its weekday', () => {
    expect(of('date')).toMatchObject([{ text: 'Tuesday, December 11, 2007', iso: '2007-12-11', weekday: 'Tuesday' }]);
  });

  it('reads ‘Guidelines’ as the short name of the document before it, and every later mention as that document', () => {
    const documents = annotations.filter((a) => a.kind === 'document');
    const title = 'Guidelines for U.S.-China High Technology and Strategic Trade Development';
    expect(documents.filter((d) => d.text === title)).toHaveLength(2);
    expect(documents.filter((d) => d.text === 'Guidelines').length).toBeGreaterThanOrEqual(8);
    for (const d of documents) expect(d.kind === 'document' && d.name).toBe(title);
  });

  it('never lets two annotations overlap, and numbers them in text order', () => {
    for (let i = 1; i < annotations.length; i++) {
      const prev = annotations[i - 1];
      const cur = annotations[i];
      expect(prev && cur && prev.end <= cur.start).toBe(true);
      expect(cur?.id).toBe(`a${i + 1}`);
    }
  });
});
