/**
 * A check across two sentences of one paragraph: "total May exports of $118.7 billion" …
 * "May exports were $2.7 billion more than April exports of $115.9 billion". The later
 * sentence gives a change and its base but no level; the level is the one an earlier
 * sentence of the paragraph states for the same subject (by subjectKey) and period; each
 * change goes with the base of its base period. Only
 * a level stated once for that subject and period is used, so nothing is paired that the
 * text leaves open.
 */
import { MONTHS } from '../dates.js';
import { subjectKey, subjectWords } from '../subject-key.js';
import { isDuration, type Fig } from './figures.js';
import { levelAndBase } from './rates.js';
import type { Draft, RateResult } from './draft.js';

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

export function checksAcrossSentences(text: string, sentences: Fig[][]): RateResult {
  const out: RateResult = { insights: [], values: [] };
  let levels = new Map<string, Fig | null>();
  let last: Fig | undefined;
  for (const sentence of sentences) {
    const first = sentence[0];
    if (last && first && PARAGRAPH_BREAK.test(text.slice(last.a.end, first.a.start))) levels = new Map();
    const bases = sentence.filter((f) => f.m.role === 'base' && f.a.kind !== 'percent' && !f.bound && !isDuration(f.a));
    for (const clause of byKey(sentence).values()) {
      if (clause.some((f) => f.m.role === 'level' && f.a.kind !== 'percent')) continue;
      for (const [base, moves] of movesFrom(clause, bases)) {
        const changes = moves.filter((f) => f.a.kind !== 'percent');
        const rates = moves.filter((f) => f.a.kind === 'percent');
        if (changes.length > 1 || rates.length > 1) continue;
        const level = levels.get(keyOf(moves[0] as Fig, moves[0]));
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

/**
 * The base each change of a clause moves from: the one base of the clause's subject, or,
 * where the sentence has several ("6.2 percent above the September rate of 645,000, and
 * 18.7 percent above the October 2016 estimate of 577,000"), the one of the change's base
 * period, its subject named or not.
 */
function movesFrom(clause: Fig[], bases: Fig[]): Map<Fig, Fig[]> {
  const out = new Map<Fig, Fig[]>();
  const moves = clause.filter((f) => f.m.role === 'change' && !(f.a.kind === 'percent' && f.a.points));
  const own = clause.filter((f) => bases.includes(f));
  for (const move of moves) {
    const ofPeriod = bases.filter((b) => move.m.basePeriod && b.m.period === move.m.basePeriod && (own.includes(b) || !b.m.subject));
    const base = own.length === 1 && (!move.m.basePeriod || own[0]?.m.period === move.m.basePeriod) ? own[0] : ofPeriod.length === 1 ? ofPeriod[0] : undefined;
    if (base) out.set(base, [...(out.get(base) ?? []), move]);
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

/** Words that say which estimate a level is, not what it measures: "The revised fourth-quarter deficit". */
const ESTIMATE_WORDS = new Set(['revised', 'preliminary', 'advance', 'initial', 'final', 'previous', 'prior', 'earlier', 'first', 'second', 'third', 'fourth', 'quarter', 'month', 'year', 'annual', 'monthly', 'quarterly', ...MONTHS.map((m) => m.toLowerCase())]);

/** Whether a level's subject names the same thing as the fuller subject it refers back to, by its head noun. */
function refersTo(later: string, subject: string): boolean {
  const whole = new Set(subjectWords(subject));
  const own = subjectWords(later).filter((w) => !ESTIMATE_WORDS.has(w));
  return own.length > 0 && own.every((w) => whole.has(w)) && own[own.length - 1] === subjectWords(subject).pop();
}

/**
 * An implied base the paragraph states after all ("widened by $15.9 billion … to $237.6
 * billion in the first quarter of 2024. The revised fourth-quarter deficit was $221.8
 * billion."): no base to imply, but the change to check against the two levels.
 */
export function statedBases(text: string, sentences: Fig[][], drafts: Draft[]): Draft[] {
  const paragraphOf = new Map<string, Fig[]>();
  let paragraph: Fig[] = [];
  let last: Fig | undefined;
  for (const f of sentences.flat()) {
    if (last && PARAGRAPH_BREAK.test(text.slice(last.a.end, f.a.start))) paragraph = [];
    paragraph.push(f);
    paragraphOf.set(f.a.id, paragraph);
    last = f;
  }
  const byId = new Map(sentences.flat().map((f) => [f.a.id, f]));
  const checks: Draft[] = [];
  const kept = drafts.filter((d) => {
    if (d.kind !== 'implied-base' || !d.subject || !d.period) return true;
    const inputs = d.inputs.map((id) => byId.get(id)).filter((f): f is Fig => f !== undefined);
    const level = inputs.find((f) => f.m.role === 'level' && f.a.kind !== 'percent');
    if (!level) return true;
    const stated = (paragraphOf.get(level.a.id) ?? []).filter(
      (f) => f !== level && f.m.role === 'level' && f.a.kind === level.a.kind && !f.bound && f.m.period === d.period && f.m.subject && refersTo(f.m.subject, d.subject as string),
    );
    const [base] = stated;
    if (!base || stated.length > 1) return true;
    const change = inputs.find((f) => f.m.role === 'change' && f.a.kind !== 'percent');
    const rate = change ? undefined : inputs.find((f) => f.m.role === 'change' && f.a.kind === 'percent');
    const out: RateResult = { insights: [], values: [] };
    levelAndBase(d.subject, level, base, rate, change, out);
    const found = out.insights.filter((i) => i.kind === 'consistency');
    checks.push(...found);
    return found.length === 0;
  });
  return [...kept, ...checks];
}
