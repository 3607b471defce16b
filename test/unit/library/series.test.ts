import { describe, expect, it } from 'vitest';
import { storedRelease } from '../../../src/core/library/record.js';
import { datePosition, periodLabel, periodPosition } from '../../../src/core/library/period.js';
import { buildSeries, seriesKeyOf, subjectKey, type PointRelease } from '../../../src/core/library/series.js';
import { TRADE_STATEMENTS } from '../../support/trade-statements.js';
import { fixtureRecording, NOW, TRADE_STATEMENT_NAMES } from '../../support/library-fixtures.js';

describe('periods on a time axis', () => {
  it('puts each normalized form at the middle of its span', () => {
    expect(periodPosition('2006')).toBeCloseTo(2006.5);
    expect(periodPosition('2004-Q2')).toBeCloseTo(2004.375);
    expect(periodPosition('2009-10')).toBeCloseTo(2009 + 9.5 / 12);
    // The federal fiscal year 2023 runs from October 2022 to September 2023.
    expect(periodPosition('FY2023')).toBeCloseTo(2022.75 + 0.5);
    expect(periodPosition('2007-01..2007-05')).toBeCloseTo(2007 + 2.5 / 12);
    expect(periodPosition('2009-13')).toBeUndefined();
    expect(periodPosition('last year')).toBeUndefined();
  });

  it('orders months of consecutive years', () => {
    const order = ['2015-12', '2016-01', '2016-Q1', '2016'].map((p) => periodPosition(p) as number);
    expect(order[0]).toBeLessThan(order[1] as number);
    expect(order[1]).toBeLessThan(order[2] as number);
    expect(order[2]).toBeLessThan(order[3] as number);
  });

  it('says periods as a reader does', () => {
    expect(periodLabel('2015-09')).toBe('September 2015');
    expect(periodLabel('2004-Q2')).toBe('Q2 2004');
    expect(periodLabel('2007-01..2007-05')).toBe('January–May 2007');
    expect(periodLabel('FY2023')).toBe('FY2023');
    expect(datePosition('2016-07-06')).toBeGreaterThan(2016.5);
    expect(datePosition('2016-07-06')).toBeLessThan(2016.52);
  });
});

describe('series across releases', () => {
  it('gives one subject the same key however a release writes it', () => {
    expect(subjectKey('U.S. Exports of Goods & Services')).toBe(subjectKey('the U.S. exports of goods and services'));
    expect(seriesKeyOf('U.S. exports', 'level', 'USD')).not.toBe(seriesKeyOf('U.S. exports', 'change', '%'));
  });

  it('draws one line of U.S. exports across the trade statements, a point per release, in time order', () => {
    const stored = TRADE_STATEMENT_NAMES.map((name) => storedRelease(fixtureRecording(name), NOW));
    const key = seriesKeyOf('U.S. exports of goods and services', 'level', 'USD');
    for (const s of stored) expect(s.entry.series.map((x) => x.key)).toContain(key);
    const releases = new Map<string, PointRelease>(stored.map((s) => [s.entry.key, { key: s.entry.key, title: s.entry.title, url: s.entry.url, ...(s.entry.published ? { published: s.entry.published } : {}) }]));
    const series = buildSeries(key, stored.flatMap((s) => s.figures), releases);
    expect(series?.points.map((p) => p.value)).toEqual(TRADE_STATEMENTS.map((t) => t.exports * 1e9));
    expect(new Set(series?.points.map((p) => p.release.key)).size).toBe(TRADE_STATEMENTS.length);
    expect(series?.unit).toBe('USD');
    // Each point cites its figure where it stands in its release's text.
    for (const p of series?.points ?? []) {
      const text = stored.find((s) => s.entry.key === p.release.key)?.text.text ?? '';
      expect(text.slice(p.figure.start, p.figure.end)).toBe(p.figure.text);
    }
  });

  it('leaves out figures it cannot place in time', () => {
    const figure = { id: 'r#a1', releaseKey: 'r', seriesKey: 'k', subject: 's', role: 'level' as const, unit: 'USD', value: 1, text: '$1', start: 0, end: 2 };
    const series = buildSeries('k', [figure], new Map([['r', { key: 'r', title: 't', url: 'https://x.gov/r' }]]));
    expect(series?.points).toEqual([]);
  });
});
