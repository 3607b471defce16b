import { describe, expect, it } from 'vitest';
import { formatValue, parseSeriesKey, seriesCsv, seriesIndex, seriesTitle } from '../../../src/core/library/series-index.js';
import { seriesKeyOf, type Series } from '../../../src/core/library/series.js';

describe('the series index', () => {
  it('counts the releases each series has a figure in, most first', () => {
    const a = seriesKeyOf('U.S. exports', 'level', 'USD');
    const b = seriesKeyOf('the trade deficit', 'level', 'USD');
    const named = (...keys: string[]) => ({ series: keys.map((key) => ({ key, subject: key.split('|')[0] ?? '' })) });
    expect(seriesIndex([named(a, b), named(a), named()]).map((s) => [s.key, s.releases])).toEqual([
      [a, 2],
      [b, 1],
    ]);
  });

  it('reads a key back into what a reader sees', () => {
    const key = seriesKeyOf('U.S. exports of goods and services', 'level', 'USD');
    expect(parseSeriesKey(key)).toEqual({ subject: 'us exports of goods and services', role: 'level', unit: 'USD' });
    expect(seriesTitle({ ...parseSeriesKey(key), subject: 'U.S. exports of goods and services' })).toBe('U.S. exports of goods and services — level, U.S. dollars');
    expect(seriesTitle({ subject: 'single-family housing starts', role: 'level', unit: '' })).toBe('Single-family housing starts — level, count');
    expect(formatValue(187.9e9, 'USD')).toBe('$187.9 billion');
    expect(formatValue(15, '%')).toBe('15.0%');
  });

  it('writes CSV a row per point, with cells a spreadsheet would run defused', () => {
    const figure = { id: 'r#a1', releaseKey: 'r', seriesKey: 'k', subject: '=HYPERLINK("x")', role: 'level' as const, unit: 'USD', value: 187.9e9, period: '2015-09', text: '$187.9 billion', start: 0, end: 14 };
    const series: Series = {
      key: 'k',
      subject: figure.subject,
      role: 'level',
      unit: 'USD',
      points: [{ x: 2015.7, value: figure.value, when: 'September 2015', dated: true, figure, release: { key: 'r', title: 'Statement, "September"', url: 'https://x.gov/r', published: '2015-11-04' } }],
    };
    const lines = seriesCsv(series, () => 'https://x.gov/r#:~:text=a').split('\r\n');
    expect(lines[0]).toBe('period,value,unit,as written,subject,release,release date,link');
    expect(lines[1]).toBe(`2015-09,187900000000,USD,$187.9 billion,"'=HYPERLINK(""x"")","Statement, ""September""",2015-11-04,https://x.gov/r#:~:text=a`);
  });
});
