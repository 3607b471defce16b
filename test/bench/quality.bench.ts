/**
 * Extraction quality on the labeled set: precision and recall per kind, and how often a
 * person found carries the labeled role. Misses and extras are printed so a change to
 * extraction shows what it gained and lost.
 */
import { expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { loadLabeledSet, roleAgreement, scoreSet } from '../support/labeled.js';
import { printTable } from './measure.js';

const set = loadLabeledSet();
const ours = (text: string) => extract(text, { glossary: BUILT_IN_GLOSSARY });

it('precision and recall per kind on the labeled set', () => {
  const scores = scoreSet(set, ours);
  printTable(
    `Extraction quality on ${set.length} labeled releases`,
    scores.map((s) => ({ kind: s.kind, labeled: s.truePositives + s.falseNegatives, found: s.truePositives + s.falsePositives, precision: s.precision.toFixed(3), recall: s.recall.toFixed(3) })),
  );
  const roles = roleAgreement(set, ours);
  printTable('People: role as labeled', [{ agree: roles.agree, of: roles.of, share: (roles.agree / Math.max(1, roles.of)).toFixed(3) }]);
  for (const s of scores) {
    if (s.misses.length) console.log(`${s.kind} misses:\n  ${s.misses.join('\n  ')}`);
    if (s.extras.length) console.log(`${s.kind} extras:\n  ${s.extras.join('\n  ')}`);
  }
  if (roles.disagreements.length) console.log(`role disagreements:\n  ${roles.disagreements.join('\n  ')}`);
  expect(scores).toHaveLength(5);
});
