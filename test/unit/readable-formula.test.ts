/** The working of each kind of insight as a reader reads it, on insights written by hand. */
import { describe, expect, it } from 'vitest';
import type { Annotation, Insight } from '../../src/core/model.js';
import { formatAmount, formatInsightValue, formatValue, readableFormula } from '../../src/core/readable-formula.js';

const span = (id: string, text: string) => ({ id, text, start: 0, end: text.length });
const money = (id: string, text: string, value: number, period?: string): Annotation => ({
  ...span(id, text),
  kind: 'money',
  value,
  currency: 'USD',
  ...(period ? { measure: { period } } : {}),
});
const pct = (id: string, text: string, value: number): Annotation => ({ ...span(id, text), kind: 'percent', value });
const insight = (kind: Insight['kind'], formula: string, value: number | null, unit: string, inputs: string[]): Insight => ({ id: 'i1', kind, summary: '', value, unit, formula, inputs });

const B55 = money('a1', '$55 billion', 55e9, '2006');
const P32 = pct('a2', '32%', 32);
const B17 = money('a3', '$17.7 billion', 17.7e9, '2006');
const P44 = pct('a4', '44%', 44);

describe('readableFormula', () => {
  it('words an implied earlier value with its inputs and its result', () => {
    expect(readableFormula(insight('implied-base', '55000000000 / (1 + 0.32)', 41666666666.67, 'USD', ['a1', 'a2']), [B55, P32])).toBe('$55 billion ÷ (1 + 32%) = $41.67 billion');
    expect(readableFormula(insight('implied-base', '17700000000 / (1 + 0.44)', 12291666666.67, 'USD', ['a3', 'a4']), [B17, P44])).toBe('$17.7 billion ÷ (1 + 44%) = $12.29 billion');
  });

  it('prints a minus sign for subtraction and a falling rate', () => {
    expect(readableFormula(insight('change', '55000000000 - 55000000000 / (1 + 0.32)', 13333333333.33, 'USD', ['a1', 'a2']), [B55, P32])).toBe('$55 billion − $55 billion ÷ (1 + 32%) = $13.33 billion');
    expect(readableFormula(insight('implied-base', '55000000000 / (1 - 0.32)', 80882352941.18, 'USD', ['a1', 'a2']), [B55, P32])).toBe('$55 billion ÷ (1 − 32%) = $80.88 billion');
  });

  it('nests the working of a share of two implied values', () => {
    const formula = '100 × (17700000000 / (1 + 0.44)) / (55000000000 / (1 + 0.32))';
    expect(readableFormula(insight('share', formula, 29.5, '%', ['a3', 'a4', 'a1', 'a2']), [B17, P44, B55, P32])).toBe('100 × ($17.7 billion ÷ (1 + 44%)) ÷ ($55 billion ÷ (1 + 32%)) = 29.5%');
  });

  it('names the CPI-U index values of an amount in today’s dollars', () => {
    expect(readableFormula(insight('inflation', '55000000000 × 321.943 / 201.6', 87831671627, 'USD 2025', ['a1']), [B55])).toBe(
      '$55 billion × CPI-U 2025 (321.943) ÷ CPI-U 2006 (201.6) = $87.8 billion in 2025 dollars',
    );
  });

  it('keeps dates whole and a working that states its own result', () => {
    expect(readableFormula(insight('elapsed', 'whole months from 2007-12-11 to 2026-12-03', 227, 'months', []), [])).toBe('whole months from 2007-12-11 to 2026-12-03 = 227 months');
    expect(readableFormula(insight('elapsed', '2007 - 2005', 2, 'years', []), [])).toBe('2007 − 2005 = 2 years');
    expect(readableFormula(insight('weekday', 'weekday of 2007-12-11 = Tuesday', null, 'weekday', []), [])).toBe('weekday of 2007-12-11 = Tuesday');
  });

  it('leaves a number that is none of the inputs as the number it is', () => {
    expect(readableFormula(insight('change', '60000000000 - 55000000000', 5e9, 'USD', ['a1']), [B55])).toBe('60000000000 − $55 billion = $5 billion');
  });
});

describe('formatting values', () => {
  it('shows amounts, percentages and counts as a reader writes them', () => {
    expect(formatAmount(41666666666.67, 'USD', 4)).toBe('$41.67 billion');
    expect(formatAmount(32.1818, '%')).toBe('32.2%');
    expect(formatAmount(227, 'months')).toBe('227 months');
    expect(formatValue('money', 55e9, 'USD')).toBe('$55 billion');
    expect(formatValue('percent', 32, '%')).toBe('32%');
    expect(formatValue('percent', 2.5, 'percentage points')).toBe('2.5 percentage points');
    expect(formatValue('year', 2006)).toBe('2006');
    expect(formatValue('date', '2007-12-11')).toBe('2007-12-11');
    expect(formatValue('acronym', null)).toBe('');
  });

  it('shows an insight’s value no more precisely than its inputs allow', () => {
    expect(formatInsightValue(insight('implied-base', '', 41666666666.67, 'USD', ['a1', 'a2']), [B55, P32])).toBe('$41.67 billion');
    expect(formatInsightValue(insight('weekday', '', null, 'weekday', []), [])).toBe('');
  });
});
