/** Weekdays, ages and spans, against a clock passed in. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/pipeline.js';

const run = (text: string, now = '2026-11-29T00:00:00Z', published?: string) =>
  analyze(text, { now: new Date(now), ...(published ? { published } : {}) }).insights;

describe('weekday', () => {
  it('agrees when the printed weekday is right', () => {
    const [w] = run('Tuesday, December 11, 2007').filter((i) => i.kind === 'weekday');
    expect(w?.status).toBe('agrees');
  });

  it('flags a wrong weekday as a note to check', () => {
    const [w] = run('Monday, December 11, 2007').filter((i) => i.kind === 'weekday');
    expect(w?.status).toBe('mismatch');
    expect(w?.summary).toBe('Check: the text prints Monday beside December 11, 2007, which was a Tuesday.');
  });

  it('knows leap days and century rules', () => {
    expect(run('Thursday, February 29, 2024').find((i) => i.kind === 'weekday')?.status).toBe('agrees');
    expect(run('Tuesday, February 29, 2000').find((i) => i.kind === 'weekday')?.status).toBe('agrees');
  });

  it('says nothing about a date that does not exist', () => {
    expect(run('Monday, February 30, 2015')).toEqual([]);
  });
});

describe('elapsed', () => {
  it('counts whole months against the clock it is given, not the machine clock', () => {
    const age = (now: string) => run('December 11, 2007', now).find((i) => i.kind === 'elapsed');
    expect(age('2026-11-29T00:00:00Z')?.summary).toContain('18 years and 11 months ago');
    expect(age('2026-12-11T00:00:00Z')?.summary).toContain('19 years ago');
    expect(age('2026-12-10T23:59:59Z')?.summary).toContain('18 years and 11 months ago');
    expect(age('2008-01-01T00:00:00Z')?.summary).toContain('21 days ago');
  });

  it('says nothing of how long ago a future date was', () => {
    expect(run('June 1, 2030').filter((i) => i.kind === 'elapsed')).toEqual([]);
  });

  it('gives spans between the release and the dates it names', () => {
    const text = 'December 11, 2007. The rule was published on November 1, 2007.';
    const spans = run(text, undefined, '2007-12-11').filter((i) => i.unit === 'days');
    expect(spans).toHaveLength(1);
    expect(spans[0]?.value).toBe(40);
    expect(spans[0]?.summary).toBe('November 1, 2007 is 40 days before this release (December 11, 2007).');
  });

  it('dates events the text dates by year, and only those', () => {
    const text = 'March 3, 2015. The program was launched in 2009. Exports grew in 2012.';
    const spans = run(text, undefined, '2015-03-03').filter((i) => i.unit === 'years');
    expect(spans.map((s) => s.value)).toEqual([6]);
    expect(spans[0]?.summary).toMatch(/^The program was launched in 2009: six years before this release/);
  });

  it('does not date an event after the release', () => {
    expect(run('March 3, 2015. The office will be opened in 2020.', undefined, '2015-03-03').filter((i) => i.unit === 'years')).toEqual([]);
  });
});
