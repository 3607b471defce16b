/** DESIGN.md's expected context on the founding release, value by value. */
import { describe, expect, it } from 'vitest';
import { Insight, type Annotation } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const { annotations, insights } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T12:00:00Z'), published: '2007-12-11' });
const byId = new Map(annotations.map((a) => [a.id, a]));
const textsOf = (i: Insight): string[] => i.inputs.map((id) => (byId.get(id) as Annotation).text);
const of = (kind: Insight['kind']) => insights.filter((i) => i.kind === kind);
const billions = (v: number | null) => ((v ?? NaN) / 1e9).toFixed(2);

describe('the founding release in context', () => {
  it('implies the 2005 values of both rises: $41.67 and $12.29 billion', () => {
    const implied = of('implied-base');
    expect(implied.map((i) => billions(i.value))).toEqual(['41.67', '12.29']);
    expect(implied.map((i) => i.formula)).toEqual(['55000000000 / (1 + 0.32)', '17700000000 / (1 + 0.44)']);
    expect(implied.map(textsOf)).toEqual([['$55 billion', '32%'], ['$17.7 billion', '44%']]);
    expect(implied[0]?.summary).toContain('about $41.67 billion in 2005');
    expect(implied[1]?.summary).toContain('about $12.29 billion in 2005');
  });

  it('gives the rises that go with them: +$13.33 and +$5.41 billion', () => {
    const changes = of('change');
    expect(changes.map((i) => billions(i.value))).toEqual(['13.33', '5.41']);
    expect(changes[0]?.summary).toContain('a rise of about $13.33 billion from 2005 to 2006');
    expect(changes[1]?.summary).toContain('$5.41 billion');
  });

  it('puts high-tech exports at 32.2% of exports to China in 2006 and 29.5% in 2005', () => {
    const shares = of('share').sort((a, b) => b.summary.localeCompare(a.summary));
    expect(shares.map((s) => (s.value ?? NaN).toFixed(1))).toEqual(['32.2', '29.5']);
    expect(shares[0]?.summary).toMatch(/^In 2006, U\.S\. high technology exports to China \(\$17\.7 billion\) made up about 32\.2% of U\.S\. exports to China \(\$55 billion\)/);
    expect(shares[1]?.summary).toContain('In 2005');
    expect(shares[1]?.summary).toContain('about $12.29 billion');
    expect(new Set(textsOf(shares[1] as Insight))).toEqual(new Set(['$55 billion', '32%', '$17.7 billion', '44%']));
  });

  it('puts $55 billion of 2006 at about $87.8 billion in 2025 dollars, with the index values and the 11-month caveat', () => {
    const [inflation] = of('inflation').filter((i) => textsOf(i)[0] === '$55 billion');
    expect(inflation?.summary).toContain('about $87.8 billion in 2025 dollars');
    expect(inflation?.summary).toContain('321.943');
    expect(inflation?.summary).toContain('201.6');
    expect(inflation?.formula).toBe('55000000000 × 321.943 / 201.6');
    expect((inflation?.value ?? 0) / 1e9).toBeCloseTo(87.83, 2);
    expect(inflation?.caveats?.join(' ')).toMatch(/11 months/);
    expect(inflation?.caveats?.[0]).toMatch(/Bureau of Labor Statistics/);
  });

  it('confirms the printed weekday', () => {
    const [weekday] = of('weekday');
    expect(weekday?.status).toBe('agrees');
    expect(weekday?.summary).toBe('December 11, 2007 was a Tuesday, as printed.');
    expect(textsOf(weekday as Insight)).toEqual(['Tuesday, December 11, 2007']);
  });

  it('says the release is 18 years and 11 months old on 2026-11-29', () => {
    const [age] = of('elapsed').filter((i) => i.unit === 'months');
    expect(age?.summary).toBe('This release is 18 years and 11 months old on November 29, 2026.');
    expect(age?.value).toBe(227);
  });

  it('dates the HTWG two years before the release', () => {
    const [span] = of('elapsed').filter((i) => i.unit === 'years');
    expect(span?.value).toBe(2);
    expect(span?.summary).toMatch(/^The HTWG was established at the 2005 JCCT: two years before this release/);
    expect(textsOf(span as Insight)).toEqual(['2005', 'Tuesday, December 11, 2007']);
  });

  it('invents nothing else: no consistency check or growth the text does not support', () => {
    expect(of('consistency')).toEqual([]);
    expect(of('growth')).toEqual([]);
    expect(insights.map((i) => i.kind).sort()).toEqual(
      ['change', 'change', 'elapsed', 'elapsed', 'implied-base', 'implied-base', 'inflation', 'inflation', 'share', 'share', 'weekday'].sort(),
    );
  });

  it('returns insights in the contract shape, with ids and inputs that exist', () => {
    for (const insight of insights) {
      expect(Insight.parse(insight)).toEqual(insight);
      expect(insight.inputs.length).toBeGreaterThan(0);
      for (const id of insight.inputs) expect(byId.has(id)).toBe(true);
    }
    expect(insights.map((i) => i.id)).toEqual(insights.map((_, k) => `i${k + 1}`));
  });

  it('without the release date, computes nothing relative to the release', () => {
    const { insights: alone } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T12:00:00Z') });
    expect(alone.filter((i) => i.unit === 'years')).toEqual([]);
    expect(alone.find((i) => i.unit === 'months')?.summary).toBe('December 11, 2007 was 18 years and 11 months ago on November 29, 2026.');
  });
});
