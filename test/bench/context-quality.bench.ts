/**
 * Context quality on the hand-labeled sentences (test/fixtures/context/labeled.json):
 * recall and precision of implied bases, changes and consistency checks, and every miss
 * and extra, so a change shows as a reviewable difference. `npm run bench:context`.
 */
import { expect, it } from 'vitest';
import { precision, recall, scoreContext } from '../support/context-quality.js';
import { printTable } from './measure.js';

it('implied bases, changes and consistency checks against the labels', () => {
  const report = scoreContext();
  printTable(
    'Context quality (labeled sentences)',
    report.rows.map((r) => ({ kind: r.kind, labels: r.labels, found: r.found, predicted: r.predicted, recall: recall(r).toFixed(2), precision: precision(r).toFixed(2), 'wrong values': r.wrong })),
  );
  for (const m of report.missed) console.log(`missed ${m.label.kind} ${m.label.value} ${m.label.unit}: ${m.text}`);
  for (const e of report.extra) console.log(`${e.wrong ? 'WRONG' : 'extra'} ${e.insight.kind} ${e.insight.value} ${e.insight.unit}: ${e.text}`);
  expect(report.rows.length).toBeGreaterThan(0);
});
