/** "What the numbers say": which insights the panel lists first, and what it tells once. */
import { describe, expect, it } from 'vitest';
import type { Insight } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';
import { insightRows } from '../../src/panel/insight-rows.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const { annotations, insights } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T00:00:00Z'), published: '2007-12-11' });
const byId = new Map(annotations.map((a) => [a.id, a]));
const insight = (over: Partial<Insight> & Pick<Insight, 'id' | 'kind'>): Insight => ({ summary: over.id, value: null, unit: '', formula: '', inputs: [], ...over });

describe('the insights as the panel lists them', () => {
  const rows = insightRows(insights, byId);

  it('starts with the implied earlier values, and leaves weekdays and elapsed time for last', () => {
    const kinds = rows.map((r) => r.insight.kind);
    expect(kinds.slice(0, 2)).toEqual(['implied-base', 'implied-base']);
    const firstMinor = kinds.findIndex((k) => k === 'elapsed' || k === 'weekday');
    expect(firstMinor).toBeGreaterThan(0);
    expect(kinds.slice(firstMinor).every((k) => k === 'elapsed' || k === 'weekday')).toBe(true);
  });

  it('tells the change from an implied earlier value in the same item, not again', () => {
    const exports = rows.find((r) => r.insight.kind === 'implied-base' && r.insight.value !== null && Math.abs(r.insight.value - 55e9 / 1.32) < 1e6);
    expect(exports?.also.map((i) => i.kind)).toEqual(['change']);
    expect(rows.some((r) => r.insight.kind === 'change' && r.insight.inputs.join() === exports?.insight.inputs.join())).toBe(false);
    // Every insight is still there, in one row or another.
    expect(rows.flatMap((r) => [r.insight, ...r.also]).length).toBe(insights.length);
  });

  it('puts a mismatch to check before everything else', () => {
    const mixed = [insight({ id: 'w', kind: 'weekday' }), insight({ id: 'b', kind: 'implied-base' }), insight({ id: 'c', kind: 'consistency', status: 'mismatch' })];
    expect(insightRows(mixed, new Map()).map((r) => r.insight.id)).toEqual(['c', 'b', 'w']);
  });

  it('keeps only what the filter matches, in the summary or the figures it uses', () => {
    expect(insightRows(insights, byId, 'high technology').length).toBeGreaterThan(0);
    expect(insightRows(insights, byId, 'high technology').every((r) => /high technology/i.test([r.insight, ...r.also].map((i) => i.summary).join(' ')))).toBe(true);
    expect(insightRows(insights, byId, '$17.7').length).toBeGreaterThan(0);
    expect(insightRows(insights, byId, 'no such words')).toEqual([]);
  });
});
