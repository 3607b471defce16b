/**
 * consistency of a stated share: "$17.7 billion, or 32% of the $55 billion total" says
 * the part, the share and the whole side by side, so the share can be checked against
 * the two amounts within the rounding of all three. Only that adjacency counts: a share
 * whose part or whole the sentence does not put next to it is left alone.
 */
import { about, type Draft } from './draft.js';
import { unitOf, type Fig } from './figures.js';
import { formatPercent, plain } from './format.js';
import { intervalOf, overlaps } from './precision.js';

const PART_TO_SHARE = /^[\s,(]*(?:(?:or|and|which\s+is|accounting\s+for|representing|about|nearly|roughly|some|almost)[\s,]+)*$/i;
const SHARE_TO_WHOLE = /^\s+of\s+(?:the\s+|a\s+)?(?:total\s+|overall\s+|combined\s+)?$/i;

export function statedShareChecks(text: string, sentence: Fig[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 1; k + 1 < sentence.length; k++) {
    const part = sentence[k - 1] as Fig;
    const share = sentence[k] as Fig;
    const whole = sentence[k + 1] as Fig;
    if (share.a.kind !== 'percent' || share.m.role !== 'share' || part.a.kind === 'percent' || unitOf(part.a) !== unitOf(whole.a)) continue;
    if (!PART_TO_SHARE.test(text.slice(part.a.end, share.a.start)) || !SHARE_TO_WHOLE.test(text.slice(share.a.end, whole.a.start))) continue;
    const draft = shareCheck(part, share, whole);
    if (draft) out.push(draft);
  }
  return out;
}

/** The share against part ÷ whole, within the rounding of all three. */
export function shareCheck(part: Fig, share: Fig, whole: Fig): Draft | undefined {
  if (whole.a.value <= 0) return undefined;
  const computed = (100 * part.a.value) / whole.a.value;
  const p = intervalOf(part.a.value, part.p.halfUnit);
  const w = intervalOf(whole.a.value, whole.p.halfUnit);
  const range = { low: (100 * p.low) / w.high, high: (100 * p.high) / Math.max(w.low, Number.MIN_VALUE) };
  const agrees = overlaps(intervalOf(share.a.value, share.p.halfUnit), range);
  return {
    kind: 'consistency',
    summary: agrees
      ? `The stated ${share.a.text} agrees with ${part.a.text} of ${whole.a.text} (${formatPercent(computed, 2)} before rounding).`
      : `Check: ${part.a.text} of ${whole.a.text} is about ${formatPercent(computed, 2)}, not the stated ${share.a.text}, even allowing for rounding.`,
    value: Math.round(computed * 1e4) / 1e4,
    unit: '%',
    formula: `100 × ${plain(part.a.value)} / ${plain(whole.a.value)}`,
    inputs: [part.a.id, share.a.id, whole.a.id],
    status: agrees ? 'agrees' : 'mismatch',
    ...about(part.m.subject ?? share.m.subject, part.m.period ?? share.m.period),
  };
}
