/**
 * Extraction speed against the floor: one regular expression over the same text, run
 * side by side so the ratio means something on any machine.
 */
import { expect, it } from 'vitest';
import { analyze } from '../../src/core/pipeline.js';
import { FOUNDING_TEXT } from '../support/founding.js';
import { printTable, time } from './measure.js';

const FLOOR = /\$\d[\d,.]*(?: billion| million)?|\d+(?:\.\d+)?%|\b[A-Z]{2,}\b/g;

it('extract → context on the founding release repeated K times', () => {
  const rows = [1, 10, 100].map((k) => {
    const text = Array.from({ length: k }, () => FOUNDING_TEXT).join('\n');
    const floor = time(() => [...text.matchAll(FLOOR)].length);
    const ours = time(() => analyze(text, { now: new Date() }), k >= 100 ? 5 : 15);
    return { K: k, kB: Math.round(text.length / 1024), 'floor ms': floor.toFixed(3), 'analyze ms': ours.toFixed(3), ratio: (ours / floor).toFixed(1), 'MB/s': (text.length / 1e6 / (ours / 1000)).toFixed(2) };
  });
  printTable('Extraction (median ms)', rows);
  expect(rows).toHaveLength(3);
});
