/**
 * The analysis by stage (extract, measure, context): the first call in a fresh process,
 * which is what a page pays, and steady-state time on 1, 100 and 1,000 copies of the
 * founding release. 1,000 copies should cost about ten times what 100 do in each stage;
 * a larger ratio means a scan that grows with the text inside a loop over it. One pass of
 * the sentence splitter, linear by construction, shows what the machine makes of the
 * larger working set (on a small, loaded machine it too costs more than ten times).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { computeContext } from '../../src/core/context/index.js';
import { splitSentences } from '../../src/core/context/sentences.js';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { FOUNDING_TEXT, FOUNDING_TEXT_PATH } from '../support/founding.js';
import { median, printTable, time } from './measure.js';

const OPTIONS = { glossary: BUILT_IN_GLOSSARY, now: new Date('2026-01-01T00:00:00Z'), published: '2007-12-11' };
const STAGES = ['extract', 'measure', 'context', 'analyze'] as const;
type Timings = Record<(typeof STAGES)[number], number>;

it('the first call in a fresh process, and the second', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'release-lens-cold-'));
  try {
    const script = join(dir, 'cold-analyze.mjs');
    await build({ entryPoints: [join(import.meta.dirname, 'cold-analyze.ts')], bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'warning' });
    const runs = Array.from({ length: 9 }, () => JSON.parse(execFileSync(process.execPath, [script, FOUNDING_TEXT_PATH], { encoding: 'utf8' })) as [Timings, Timings]);
    const row = (call: string, pick: (run: [Timings, Timings]) => Timings) => ({
      call,
      ...Object.fromEntries(STAGES.map((stage) => [`${stage} ms`, median(runs.map((run) => pick(run)[stage])).toFixed(2)])),
    });
    printTable(`Founding release, ${FOUNDING_TEXT.length} chars, fresh process (median of ${runs.length})`, [row('first (cold)', (r) => r[0]), row('second', (r) => r[1])]);
    expect(runs).toHaveLength(9);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

it('each stage on 1, 100 and 1,000 copies of the founding release', () => {
  const rows = [1, 100, 1000].map((copies) => {
    const text = FOUNDING_TEXT.repeat(copies);
    const [runs, warmup] = copies === 1 ? [101, 20] : copies === 100 ? [15, 5] : [5, 2];
    const annotations = extract(text, OPTIONS);
    const measured = measureFigures(text, annotations);
    return {
      copies,
      extract: time(() => extract(text, OPTIONS), runs, warmup),
      measure: time(() => measureFigures(text, annotations), runs, warmup),
      context: time(() => computeContext(text, measured, OPTIONS), runs, warmup),
      split: time(() => splitSentences(text), runs, warmup),
    };
  });
  const [, hundred, thousand] = rows;
  printTable(
    'Stages, warm (median ms)',
    rows.map((r) => ({ copies: r.copies, chars: r.copies * FOUNDING_TEXT.length, 'extract ms': r.extract.toFixed(2), 'measure ms': r.measure.toFixed(2), 'context ms': r.context.toFixed(2) })),
  );
  if (hundred && thousand) {
    const ratio = (stage: 'extract' | 'measure' | 'context' | 'split') => (thousand[stage] / hundred[stage]).toFixed(2);
    printTable('Linearity: 1,000 copies time / 100 copies time (≈ 10 when linear)', [
      { extract: ratio('extract'), measure: ratio('measure'), context: ratio('context'), 'sentence split (linear reference)': ratio('split') },
    ]);
  }
  expect(rows).toHaveLength(3);
}, 600_000);

it('measure on one long sentence full of figures, 20 kB and 200 kB', () => {
  const clause = 'Exports were $5 billion, up 3% from 2005, and imports rose 2% to $7 billion; ';
  const rows = [20_000, 200_000].map((chars) => {
    const text = clause.repeat(Math.ceil(chars / clause.length));
    const annotations = extract(text, OPTIONS);
    return { chars: text.length, 'measure ms': time(() => measureFigures(text, annotations), 5, 1) };
  });
  const [small, large] = rows;
  printTable('One sentence, no full stops (median ms)', rows.map((r) => ({ ...r, 'measure ms': r['measure ms'].toFixed(2) })));
  if (small && large) printTable('200 kB time / 20 kB time (≈ 10 when linear)', [{ measure: (large['measure ms'] / small['measure ms']).toFixed(2) }]);
  expect(rows).toHaveLength(2);
});
