/**
 * A check across two sentences of one paragraph: "total May exports of $118.7 billion" …
 * "May exports were $2.7 billion more than April exports of $115.9 billion". The later
 * sentence gives a change and its base but no level; the level is the one an earlier
 * sentence of the paragraph states for the same subject (by subjectKey) and period. Only
 * a level stated once for that subject and period is used, so nothing is paired that the
 * text leaves open.
 */
import { subjectKey } from '../subject-key.js';
import { isDuration, type Fig } from './figures.js';
import { levelAndBase } from './rates.js';
import type { RateResult } from './draft.js';

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

export function checksAcrossSentences(text: string, sentences: Fig[][]): RateResult {
  const out: RateResult = { insights: [], values: [] };
  let levels = new Map<string, Fig | null>();
  let last: Fig | undefined;
  for (const sentence of sentences) {
    const first = sentence[0];
    if (last && first && PARAGRAPH_BREAK.test(text.slice(last.a.end, first.a.start))) levels = new Map();
    for (const clause of byKey(sentence).values()) {
      const lv = clause.filter((f) => f.m.role === 'level' && f.a.kind !== 'percent');
      const bases = clause.filter((f) => f.m.role === 'base' && f.a.kind !== 'percent');
      const changes = clause.filter((f) => f.m.role === 'change' && f.a.kind !== 'percent');
      const rates = clause.filter((f) => f.m.role === 'change' && f.a.kind === 'percent' && !f.a.points);
      const [base] = bases;
      if (lv.length === 0 && base && bases.length === 1 && changes.length <= 1 && rates.length <= 1 && (changes[0] ?? rates[0])) {
        const level = levels.get(keyOf(base, changes[0] ?? rates[0]));
        if (level && level.a.kind === base.a.kind) levelAndBase(level.m.subject, level, base, rates[0], changes[0], out);
      }
    }
    for (const f of sentence) {
      if (f.m.role !== 'level' || f.a.kind === 'percent' || f.bound || isDuration(f.a) || !f.m.subject || !f.m.period) continue;
      const key = keyOf(f, f);
      // A subject and period stated twice in the paragraph could be either: neither is used.
      levels.set(key, levels.has(key) ? null : f);
    }
    last = sentence[sentence.length - 1];
  }
  return out;
}

function keyOf(subjectOf: Fig, periodOf: Fig | undefined): string {
  return `${subjectKey(subjectOf.m.subject ?? '')}|${periodOf?.m.period ?? ''}`;
}

function byKey(sentence: Fig[]): Map<string, Fig[]> {
  const out = new Map<string, Fig[]>();
  for (const f of sentence) {
    if (f.bound || isDuration(f.a)) continue;
    const key = subjectKey(f.m.subject ?? '');
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
}
