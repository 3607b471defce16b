/**
 * The labeled set of real releases holds together: every labeled figure, implied base
 * and check points at text that is there, the labels use the period forms the rules
 * name, and the split is the fixed rule of LABELING.md. (Its scores are the bench's.)
 */
import { describe, expect, it } from 'vitest';
import { fnv1a, halfOf, loadRealSet, locateFigures, READ_WHILE_TUNING, resolveInput } from '../support/real-set.js';

const set = loadRealSet();
const PERIOD = /^(?:(?:19|20)\d\d(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?|FY(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2])\.\.(?:19|20)\d\d-(?:0[1-9]|1[0-2]))$/;

describe('the real releases', () => {
  it('are real texts with their source, more than the 29 of the bureau collection', () => {
    expect(set.length).toBeGreaterThanOrEqual(29);
    for (const r of set) {
      expect(r.url, r.id).toMatch(/^https?:\/\//);
      expect(r.text.length, r.id).toBeGreaterThan(500);
    }
  });

  it('an input that is no labeled figure is found at the occurrence its "#n" names', () => {
    const release = { ...(set[0] as (typeof set)[number]), text: 'permits at a rate of 808,000 in May; starts at a rate of 823,000, above the figure of 808,000.' };
    expect(resolveInput(release, [], '808,000')).toEqual({ start: 21, end: 28 });
    expect(resolveInput(release, [], '808,000#2')).toEqual({ start: 86, end: 93 });
    expect(() => resolveInput(release, [], '808,000#3')).toThrow(/not found/);
  });

  it('locate every labeled figure and every input of an implied base or a check', () => {
    for (const r of set) {
      const figures = locateFigures(r);
      for (const f of figures) expect(r.text.slice(f.span.start, f.span.end).replace(/\s+/g, ' '), r.id).toBe(f.text);
      for (const x of [...r.labels.impliedBases, ...r.labels.consistency]) for (const input of x.inputs) expect(() => resolveInput(r, figures, input)).not.toThrow();
    }
  });

  it('label periods only in the normalized forms', () => {
    for (const r of set) {
      const figures = [...r.labels.money, ...r.labels.percent].filter((f) => !f.moe && !f.unscored);
      for (const f of figures) {
        for (const p of [f.period, f.basePeriod]) if (p != null) expect(p, `${r.id} ${f.text}`).toMatch(PERIOD);
        expect(['level', 'change', 'base', 'share'], `${r.id} ${f.text}`).toContain(f.role);
      }
      for (const b of r.labels.impliedBases) {
        if (b.period !== null) expect(b.period, r.id).toMatch(PERIOD);
        expect(b.low, r.id).toBeLessThanOrEqual(b.value);
        expect(b.high, r.id).toBeGreaterThanOrEqual(b.value);
      }
    }
  });

  it('split by the parity of the FNV-1a hash of the id, about half each', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    const held = set.filter((r) => halfOf(r.id) === 'held-out').length;
    expect(held).toBeGreaterThan(set.length / 3);
    expect(held).toBeLessThan((2 * set.length) / 3);
  });

  it('list as read while tuning only held-out releases of the set', () => {
    const ids = new Set(set.map((r) => r.id));
    for (const id of READ_WHILE_TUNING) {
      expect(ids.has(id), id).toBe(true);
      expect(halfOf(id), id).toBe('held-out');
    }
  });
});
