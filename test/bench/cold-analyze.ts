/**
 * The founding release analysed in a process of its own, as a page's content script
 * meets it: no pattern compiled, no function compiled or optimized. Prints each stage's
 * milliseconds for the first call and the second as JSON. stages.bench.ts bundles it and
 * runs it in fresh processes; a module reset within one process would keep V8's compiled
 * patterns, which are most of the cost.
 */
import { readFileSync } from 'node:fs';
import { computeContext } from '../../src/core/context/index.js';
import { extract } from '../../src/core/extract/index.js';
import { measureFigures } from '../../src/core/extract/measure.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';

const text = readFileSync(process.argv[2] as string, 'utf8');
const options = { glossary: BUILT_IN_GLOSSARY, now: new Date('2026-01-01T00:00:00Z'), published: '2007-12-11' };

function stages() {
  const t0 = performance.now();
  const annotations = extract(text, options);
  const t1 = performance.now();
  const measured = measureFigures(text, annotations);
  const t2 = performance.now();
  computeContext(text, measured, options);
  const t3 = performance.now();
  return { extract: t1 - t0, measure: t2 - t1, context: t3 - t2, analyze: t3 - t0 };
}

console.log(JSON.stringify([stages(), stages()]));
