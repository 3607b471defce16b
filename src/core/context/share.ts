/**
 * share: a value as a share of a whole the same release states for the same period, only
 * where the part's subject is the whole's subject narrowed by more words ("U.S. high
 * technology exports to China" within "U.S. exports to China") and the part is smaller.
 * A subject with two different values for one period is ambiguous and left alone.
 */
import type { KnownValue } from './figures.js';
import { formatPercent } from './format.js';
import type { Draft } from './draft.js';
import { describePeriod } from '../periods.js';
import { subjectWords as words } from '../subject-key.js';

/** Words that widen a subject rather than narrow it: "exports to China and Mexico". */
const WIDENING = new Set(['and', 'or', 'plus', 'including', 'total', 'all', 'combined', 'overall', 'other']);


/** Whether `part` is `whole` with words added, in order, none of them widening it. */
export function narrows(part: string, whole: string): boolean {
  return narrowsWords(words(part), words(whole));
}

function narrowsWords(p: readonly string[], w: readonly string[]): boolean {
  if (p.length <= w.length || w.length === 0) return false;
  let i = 0;
  const extra: string[] = [];
  for (const word of p) {
    if (i < w.length && word === w[i]) i++;
    else extra.push(word);
  }
  return i === w.length && !extra.some((x) => WIDENING.has(x));
}

interface Candidate {
  value: KnownValue;
  words: string[];
}

export function shareInsights(values: KnownValue[]): Draft[] {
  const byKey = new Map<string, Candidate[]>();
  for (const v of values) {
    const w = words(v.subject);
    const key = `${w.join(' ')}|${v.period}|${v.unit}`;
    const same = byKey.get(key);
    if (same) same.push({ value: v, words: w });
    else byKey.set(key, [{ value: v, words: w }]);
  }
  // Only values of one period and unit can be part and whole, so each looks among its own.
  const byPeriod = new Map<string, Candidate[]>();
  const unique: Candidate[] = [];
  for (const same of byKey.values()) {
    if (new Set(same.map((c) => c.value.value)).size !== 1) continue;
    const first = same[0] as Candidate;
    unique.push(first);
    const key = `${first.value.period}|${first.value.unit}`;
    const peers = byPeriod.get(key);
    if (peers) peers.push(first);
    else byPeriod.set(key, [first]);
  }
  const insights: Draft[] = [];
  for (const { value: part, words: partWords } of unique) {
    const wholes = (byPeriod.get(`${part.period}|${part.unit}`) ?? []).filter((w) => narrowsWords(partWords, w.words)).sort((a, b) => b.words.length - a.words.length);
    const whole = wholes[0]?.value;
    if (!whole || whole.value <= 0 || part.value <= 0 || part.value >= whole.value) continue;
    const share = (100 * part.value) / whole.value;
    const inputs = [...new Set([...part.inputs, ...whole.inputs])];
    insights.push({
      kind: 'share',
      summary: `In ${describePeriod(part.period)}, ${part.subject} (${part.label}) made up about ${formatPercent(share)} of ${whole.subject} (${whole.label}).`,
      value: Math.round(share * 1e4) / 1e4,
      unit: '%',
      formula: `100 × ${paren(part.formula)} / ${paren(whole.formula)}`,
      inputs,
      subject: part.subject,
      period: part.period,
    });
  }
  return insights;
}

function paren(formula: string): string {
  return /^[\d.]+$/.test(formula) ? formula : `(${formula})`;
}
