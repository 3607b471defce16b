/** Guards the measured context quality on the hand-labeled sentences; `npm run bench:context` prints the table. */
import { expect, it } from 'vitest';
import { CONTEXT_LABELED, precision, recall, scoreContext } from '../support/context-quality.js';

const report = scoreContext();
const all = report.rows.find((r) => r.kind === 'all');

it('gives no wrong value on the labeled sentences (a wrong number is worse than none)', () => {
  expect(report.extra.filter((e) => e.wrong)).toEqual([]);
  expect(all?.wrong).toBe(0);
});

it('finds at least 0.9 of the labeled implied bases, changes and checks, with no extra insight', () => {
  expect(CONTEXT_LABELED.length).toBeGreaterThanOrEqual(30);
  expect(recall(all as NonNullable<typeof all>)).toBeGreaterThanOrEqual(0.9);
  expect(precision(all as NonNullable<typeof all>)).toBe(1);
});

it('computes nothing for the sentences labeled with nothing', () => {
  const quiet = CONTEXT_LABELED.filter((c) => c.labels.length === 0).map((c) => c.text);
  expect(quiet.length).toBeGreaterThan(5);
  expect(report.extra.filter((e) => quiet.includes(e.text))).toEqual([]);
});
