/**
 * The quality targets on the labeled set (test/fixtures/labeled): acronym
 * expansions, money, percent and date values at 0.97 precision / 0.95 recall or better,
 * people at 0.92 / 0.90. `npm run bench:quality` prints the table with misses and extras.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { loadLabeledSet, scoreSet } from '../support/labeled.js';

const set = loadLabeledSet();
const scores = scoreSet(set, (text) => extract(text, { glossary: BUILT_IN_GLOSSARY }));
const TARGETS = { acronym: [0.97, 0.95], money: [0.97, 0.95], percent: [0.97, 0.95], date: [0.97, 0.95], person: [0.92, 0.9] } as const;

describe('the labeled set', () => {
  it('holds the founding release and at least 20 more', () => {
    expect(set.length).toBeGreaterThanOrEqual(21);
    expect(set.some((r) => r.name.includes('founding'))).toBe(true);
  });

  it.each(scores.map((s) => [s.kind, s] as const))('%s meets its precision and recall targets', (kind, score) => {
    const [precision, recall] = TARGETS[kind];
    expect(score.precision, `extras: ${score.extras.join('; ')}`).toBeGreaterThanOrEqual(precision);
    expect(score.recall, `misses: ${score.misses.join('; ')}`).toBeGreaterThanOrEqual(recall);
  });
});
