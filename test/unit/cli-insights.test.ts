/** The CLI's JSON carries the insights, each tied to annotations in the same output. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { annotateHtml } from '../../src/cli/annotate-file.js';
import { FIXTURES, FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';

it('prints the founding release insights with inputs among its annotations', () => {
  const out = annotateHtml(FOUNDING_HTML, { url: FOUNDING_URL, anyPage: false, now: new Date('2026-11-29T00:00:00Z') });
  const ids = new Set(out.annotations.map((a) => a.id));
  expect(new Set(out.insights.map((i) => i.kind))).toEqual(new Set(['implied-base', 'change', 'share', 'inflation', 'elapsed', 'weekday']));
  for (const i of out.insights) for (const id of i.inputs) expect(ids.has(id)).toBe(true);
  const implied = out.insights.find((i) => i.kind === 'implied-base');
  expect(implied?.formula).toBe('55000000000 / (1 + 0.32)');
  expect(out.insights.find((i) => i.unit === 'years')?.summary).toContain('two years before this release');
});

/** A bureau release from the fixtures, as the CLI prints it. */
function fixture(name: string) {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as { url: string };
  return annotateHtml(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), { url: expected.url, anyPage: false, now: new Date('2026-11-29T00:00:00Z') });
}

it('says what each figure measures and for which period, and what each insight is of (Census income)', () => {
  const out = fixture('census-income-poverty');
  const base = out.annotations.find((a) => a.kind === 'money' && a.text === '$77,540' && a.measure?.role);
  const level = out.annotations.find((a) => a.kind === 'money' && a.text === '$80,610' && a.measure?.role);
  expect(base?.kind === 'money' && base.measure).toMatchObject({ role: 'base', period: '2022', subject: expect.stringMatching(/median household income/i) });
  expect(level?.kind === 'money' && level.measure).toMatchObject({ role: 'level', period: '2023' });
  // "$80,610 in 2023, a 4.0% increase from … $77,540": all three are stated, so they are checked.
  const check = out.insights.find((i) => i.kind === 'consistency' && base && level && i.inputs.includes(base.id) && i.inputs.includes(level.id));
  expect(check).toMatchObject({ status: 'agrees', period: '2023', subject: expect.stringMatching(/median household income/i) });
  expect(check?.inputs).toHaveLength(3);
  // The base's inflation insight is about 2022, not 2023.
  const inflation = out.insights.find((i) => i.kind === 'inflation' && base && i.inputs.includes(base.id));
  expect(inflation).toMatchObject({ period: '2022' });
  expect(inflation?.summary).toContain('2022');
  expect(inflation?.summary).not.toContain('$77,540 in 2023');
});

it('checks a change, its rate at an annual rate and the level it reached (BEA GDP)', () => {
  const out = fixture('bea-gdp-second-quarter');
  const change = out.annotations.find((a) => a.kind === 'money' && a.text === '$363.4 billion');
  expect(change?.kind === 'money' && change.measure).toMatchObject({ role: 'change', period: '2024-Q2', basePeriod: '2024-Q1', subject: expect.stringMatching(/GDP/) });
  const check = out.insights.find((i) => i.kind === 'consistency' && change && i.inputs.includes(change.id));
  // 363.4 / (28,650 − 363.4) is 1.28% in the quarter, 5.24% at an annual rate: the stated 5.2 percent agrees.
  expect(check).toMatchObject({ status: 'agrees', period: '2024-Q2' });
  expect(check?.value).toBeCloseTo(5.24, 1);
});
