/**
 * Extraction speed against the floor: one regular expression over the same text, run
 * side by side so the ratio means something on any machine. Then throughput on 1 MB and
 * 10 MB of release text (10× the text should cost no more than 11× the time), and the
 * adversarial inputs that would expose backtracking or a quadratic scan.
 */
import { expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { analyze } from '../../src/core/pipeline.js';
import { adversarialInputs } from '../support/adversarial.js';
import { FOUNDING_TEXT } from '../support/founding.js';
import { printTable, time } from './measure.js';

const FLOOR = /\$\d[\d,.]*(?: billion| million)?|\d+(?:\.\d+)?%|\b[A-Z]{2,}\b/g;
const MB = 1_000_000;
const WITH_GLOSSARY = { glossary: BUILT_IN_GLOSSARY };

function repeated(bytes: number): string {
  return Array.from({ length: Math.ceil(bytes / (FOUNDING_TEXT.length + 1)) }, () => FOUNDING_TEXT).join('\n');
}

const mbPerSecond = (chars: number, ms: number) => (chars / MB / (ms / 1000)).toFixed(2);

it('the founding release', () => {
  const floor = time(() => [...FOUNDING_TEXT.matchAll(FLOOR)].length, 200);
  const ours = time(() => extract(FOUNDING_TEXT, WITH_GLOSSARY), 200);
  const all = time(() => analyze(FOUNDING_TEXT, { ...WITH_GLOSSARY, now: new Date() }), 200);
  printTable('Founding release (median ms)', [
    { chars: FOUNDING_TEXT.length, 'floor ms': floor.toFixed(3), 'extract ms': ours.toFixed(3), 'analyze ms': all.toFixed(3), 'extract / floor': (ours / floor).toFixed(1) },
  ]);
  expect(ours).toBeGreaterThan(0);
});

it('throughput on 1 MB and 10 MB of release text', () => {
  const rows = [1, 10].map((mb) => {
    const text = repeated(mb * MB);
    const runs = mb >= 10 ? 3 : 7;
    const floor = time(() => [...text.matchAll(FLOOR)].length, runs, 1);
    const ours = time(() => extract(text, WITH_GLOSSARY), runs, 1);
    return { MB: mb, 'floor ms': floor, 'extract ms': ours, text: text.length };
  });
  const [one, ten] = rows;
  printTable(
    'Throughput (median ms)',
    rows.map((r) => ({ MB: r.MB, 'floor ms': r['floor ms'].toFixed(1), 'extract ms': r['extract ms'].toFixed(1), 'extract / floor': (r['extract ms'] / r['floor ms']).toFixed(1), 'MB/s': mbPerSecond(r.text, r['extract ms']) })),
  );
  if (one && ten) printTable('Scaling', [{ '10 MB time / 1 MB time': (ten['extract ms'] / one['extract ms']).toFixed(2), 'target': '≤ 11' }]);
  expect(rows).toHaveLength(2);
});

it('adversarial inputs, 1 MB each', () => {
  const rows = Object.entries(adversarialInputs(MB)).map(([name, text]) => {
    const ms = time(() => extract(text, WITH_GLOSSARY), 3, 1);
    return { input: name, 'extract ms': ms.toFixed(1), 'MB/s': mbPerSecond(text.length, ms) };
  });
  printTable('Adversarial inputs (median ms)', rows);
  expect(rows.length).toBeGreaterThan(0);
});
