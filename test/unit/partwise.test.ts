import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { PartwiseAnalysis, partsOf } from '../../src/core/partwise.js';
import { analyze } from '../../src/core/pipeline.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const OPTIONS = { glossary: BUILT_IN_GLOSSARY, now: NOW, published: '2007-12-11' };

describe('partsOf', () => {
  it('covers the text exactly, in order, each part at most the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '\n', 'B'), maxLength: 400 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const parts = partsOf(text, 0, max);
        let at = 0;
        for (const [from, to] of parts) {
          expect(from).toBe(at);
          expect(to - from).toBeGreaterThan(0);
          expect(to - from).toBeLessThanOrEqual(max);
          at = to;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('cuts at a block boundary, else after a sentence, else at a space', () => {
    expect(partsOf('one two\nthree four', 0, 12)).toEqual([[0, 8], [8, 18]]);
    expect(partsOf('One two. Three four', 0, 12)).toEqual([[0, 9], [9, 19]]);
    expect(partsOf('one two three four', 0, 12)).toEqual([[0, 8], [8, 18]]);
    expect(partsOf('abcdefghijklmnop', 0, 12)).toEqual([[0, 12], [12, 16]]);
  });
});

describe('partwise analysis', () => {
  it('reads a release that fits in one part exactly as the whole text', () => {
    const whole = analyze(FOUNDING_TEXT, OPTIONS);
    const parts = new PartwiseAnalysis(OPTIONS).add(FOUNDING_TEXT, 0);
    expect(parts).toEqual(whole);
  });

  it('reports later parts in whole-text offsets with ids that continue, and inputs that follow them', () => {
    const text = `${FOUNDING_TEXT}\n${FOUNDING_TEXT}`;
    const analysis = new PartwiseAnalysis(OPTIONS);
    const first = analysis.add(FOUNDING_TEXT, 0);
    const second = analysis.add(FOUNDING_TEXT, FOUNDING_TEXT.length + 1);
    const annotations = [...first.annotations, ...second.annotations];
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    const ids = new Set(annotations.map((a) => a.id));
    for (const i of [...first.insights, ...second.insights]) for (const input of i.inputs) expect(ids).toContain(input);
    expect(second.insights.map((i) => i.kind)).toEqual(first.insights.map((i) => i.kind));
    expect(new Set([...first.insights, ...second.insights].map((i) => i.id)).size).toBe(first.insights.length + second.insights.length);
  });

  it('carries the acronyms the page defined in an earlier part, pointing at that definition', () => {
    const analysis = new PartwiseAnalysis({ now: NOW });
    const intro = 'The Quantum Widget Board (QWB) met today.\n';
    analysis.add(intro, 0);
    const later = analysis.add('The QWB will meet again.', intro.length);
    expect(later.annotations).toContainEqual(
      expect.objectContaining({ kind: 'acronym', text: 'QWB', expansion: 'Quantum Widget Board', source: 'page', definedAt: intro.indexOf('QWB'), start: intro.length + 4 }),
    );
    // Without the carry, the later part alone knows nothing of QWB.
    expect(analyze('The QWB will meet again.', { now: NOW }).annotations.some((a) => a.text === 'QWB')).toBe(false);
  });
});
