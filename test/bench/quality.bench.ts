/**
 * Quality on real releases (test/fixtures/real, rules in LABELING.md): the tuning and the
 * held-out half side by side, against the targets. The tuning half's errors are printed
 * one by one; the held-out half's are counted by type only, so that reading them cannot
 * steer the code (RELEASE_LENS_HELD_OUT_ERRORS=1 lists them, for a report).
 */
import { expect, it } from 'vitest';
import { BUILT_IN_GLOSSARY } from '../../src/core/glossary-data.js';
import { analyze } from '../../src/core/pipeline.js';
import { halfOf, loadRealSet, READ_WHILE_TUNING, type Half } from '../support/real-set.js';
import { emptyScore, precision, ratio, recall, scoreRelease, VALUE_KINDS, type HalfScore } from '../support/real-score.js';
import { printTable } from './measure.js';

const NOW = new Date(Date.UTC(2026, 11, 1));
const set = loadRealSet();

/** One half's score; `unread` leaves out the held-out releases read while tuning. */
function scoreHalf(half: Half, { unread = false } = {}): { score: HalfScore; releases: number } {
  const score = emptyScore();
  const releases = set.filter((r) => halfOf(r.id) === half && !(unread && READ_WHILE_TUNING.has(r.id)));
  for (const r of releases) {
    const analysis = analyze(r.text, { glossary: BUILT_IN_GLOSSARY, now: NOW, ...(r.published ? { published: r.published } : {}) });
    scoreRelease(r, analysis, score);
  }
  return { score, releases: releases.length };
}

function byType(errors: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of errors) {
    const type = e.slice(0, e.indexOf(':'));
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

it('scores the tuning and held-out halves of the real releases side by side', () => {
  const tuning = scoreHalf('tuning');
  const held = scoreHalf('held-out');
  const unread = scoreHalf('held-out', { unread: true });
  const row = (what: string, f: (s: HalfScore) => string, target: string) => ({
    what,
    tuning: f(tuning.score),
    'held-out': f(held.score),
    'held-out never read': f(unread.score),
    target,
  });
  const counted = (t: { right: number; of: number }) => `${ratio(t)} (${t.right}/${t.of})`;
  printTable(`Real releases: ${tuning.releases} tuning, ${held.releases} held out (${unread.releases} never read while tuning)`, [
    row('figures found', (s) => counted(s.figures.found), ''),
    row('subject right', (s) => counted(s.figures.subject), '≥ 0.90'),
    row('  subject absent / wrong', (s) => `${s.figures.subject.absent} / ${s.figures.subject.wrong}`, ''),
    row('period right', (s) => counted(s.figures.period), '≥ 0.95'),
    row('role right', (s) => counted(s.figures.role), '≥ 0.95'),
    row('basePeriod right (changes)', (s) => counted(s.figures.basePeriod), ''),
    row('implied bases recall', (s) => counted(s.impliedBases.found), '≥ 0.95'),
    row('  wrong value / wrong period / extra', (s) => `${s.impliedBases.wrongValue} / ${s.impliedBases.wrongPeriod} / ${s.impliedBases.extra}`, '0 / 0 / –'),
    row('consistency recall', (s) => counted(s.consistency.found), '≥ 0.90'),
    row('  status right', (s) => `${s.consistency.statusRight}/${s.consistency.found.right}`, 'all'),
    ...VALUE_KINDS.map((k) =>
      row(`${k} P / R`, (s) => `${precision(s.values[k])} / ${recall(s.values[k])}`, k === 'acronym' ? '≥ 0.97 / 0.95' : k === 'person' ? '≥ 0.95 / 0.92' : '≥ 0.98 / 0.98'),
    ),
    row('person role right', (s) => counted(s.roles), ''),
  ]);
  printTable('Errors by type', Object.entries({ ...byType(tuning.score.errors), ...byType(held.score.errors) }).map(([type]) => ({ type, tuning: byType(tuning.score.errors)[type] ?? 0, 'held-out': byType(held.score.errors)[type] ?? 0 })));
  console.log(`Tuning half errors:\n  ${tuning.score.errors.join('\n  ')}`);
  if (process.env.RELEASE_LENS_HELD_OUT_ERRORS === '1') console.log(`Held-out half errors:\n  ${held.score.errors.join('\n  ')}`);
  expect(tuning.releases + held.releases).toBe(set.length);
});
