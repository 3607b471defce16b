/** Properties of context that must hold for any figures, not just the examples. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeContext } from '../../src/core/context/index.js';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
import { analyze } from '../../src/core/pipeline.js';

const NOW = new Date('2026-11-29T00:00:00Z');
const tenths = fc.integer({ min: 1, max: 99_999 }).map((n) => n / 10);
const rate = fc.integer({ min: 1, max: 999 }).map((n) => n / 10);
const direction = fc.constantFrom(['rose', 1] as const, ['fell', -1] as const, ['increased', 1] as const, ['decreased', -1] as const);
const phrasing = fc.constantFrom('{S} {V} {R}% to {L} in 2015.', '{S} were {L} in 2015, {D} {R}% from 2014.', '{S} {V} by {R} percent in 2015, to {L}.');
const subject = fc.constantFrom('Exports', 'U.S. imports of goods', 'Shipments to Canada');

const money = (value: number, scale: 'million' | 'billion'): string => `$${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${scale}`;

describe('context properties', () => {
  it('an implied base, moved by its rate, gives back the stated value', () => {
    fc.assert(
      fc.property(subject, tenths, rate, direction, phrasing, (s, level, r, [verb, sign], form) => {
        fc.pre(sign > 0 || r < 100);
        const text = form
          .replace('{S}', s)
          .replace('{V}', verb)
          .replace('{D}', sign > 0 ? 'up' : 'down')
          .replace('{R}', String(r))
          .replace('{L}', money(level, 'billion'));
        const implied = analyze(text, { now: NOW }).insights.filter((i) => i.kind === 'implied-base');
        expect(implied, text).toHaveLength(1);
        const base = implied[0]?.value ?? NaN;
        expect(Math.abs(base * (1 + (sign * r) / 100) - level * 1e9)).toBeLessThan(0.02);
      }),
    );
  });

  it('an implied base from a change and its rate gives back the change', () => {
    fc.assert(
      fc.property(tenths, rate, direction, (change, r, [verb, sign]) => {
        const text = `Exports ${verb} ${money(change, 'million')}, or ${r} percent, in March.`;
        const [implied] = analyze(text, { now: NOW }).insights.filter((i) => i.kind === 'implied-base');
        expect(implied, text).toBeDefined();
        expect(Math.abs((implied?.value ?? NaN) * (r / 100) - change * 1e6)).toBeLessThan(0.01);
        void sign;
      }),
    );
  });

  it('stating the same amounts in other units does not change a result', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999 }), fc.integer({ min: 1_000, max: 999_999 }), rate, (a, b, r) => {
        // a and b in thousands of dollars: "$0.001234 billion" = "$1,234 thousand" = "$1,234,000".
        const forms = (v: number) => [`$${(v / 1e6).toFixed(6)} billion`, `$${v.toLocaleString('en-US')} thousand`, `$${(v * 1e3).toLocaleString('en-US')}`];
        const results = [0, 1, 2].map((k) => {
          const text = `Exports rose ${r}% to ${forms(a)[k]} in 2015. Exports to Mexico rose to ${forms(b)[k]} from ${forms(a)[k]}.`;
          return analyze(text, { now: NOW }).insights.map((i) => [i.kind, i.unit, i.value]);
        });
        expect(results[1]).toEqual(results[0]);
        expect(results[2]).toEqual(results[0]);
      }),
    );
  });

  it('no insight without its inputs: each names annotations that exist, and goes when one of them goes', () => {
    const sentence = fc.constantFrom(
      'U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.',
      'U.S. high technology exports to China increased by 44% in 2006, to $17.7 billion.',
      'Exports decreased to $190.4 billion from $192.5 billion, down 1.1 percent.',
      'Exports of goods increased $1.6 billion, or 0.9 percent, to $180.6 billion.',
      'Tuesday, December 11, 2007',
      'The HTWG was established at the 2005 JCCT.',
      'Grants totaled $5 million in 2010.',
      'The fund holds $5 billion and 10% of it is cash.',
    );
    fc.assert(
      fc.property(fc.uniqueArray(sentence, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(' ');
        const annotations = measureFigures(text, extract(text));
        const options = { now: NOW, published: '2007-12-11' };
        const insights = computeContext(text, annotations, options);
        const ids = new Set(annotations.map((a) => a.id));
        for (const insight of insights) {
          expect(insight.inputs.length).toBeGreaterThan(0);
          for (const id of insight.inputs) expect(ids.has(id)).toBe(true);
          for (const id of insight.inputs) {
            const without = computeContext(text, annotations.filter((a) => a.id !== id), options);
            expect(without.some((i) => i.inputs.includes(id))).toBe(false);
            expect(without.some((i) => i.kind === insight.kind && i.summary === insight.summary)).toBe(false);
          }
        }
        expect(computeContext(text, [], options)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
