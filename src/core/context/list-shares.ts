/**
 * Shares of counts in a list under a lead line: "… from 247 unique lead consortia
 * members:" then "68 (28%) submitted only …", "124 (50%) …". Each item's count and share
 * are checked against the lead's count (the whole), within the rounding of all three.
 * The whole is the count the lead line ends on, of the same things the items count
 * (extract/list-counts.ts gives both the lead's unit); the items between it and each item
 * must be the list's own counts and shares, so nothing is paired across other figures.
 */
import type { Draft } from './draft.js';
import type { Fig } from './figures.js';
import { shareCheck } from './stated-share.js';

const MAX_ITEMS = 40;

export function listShareChecks(text: string, sentences: Fig[][]): Draft[] {
  const figs = sentences.flat();
  const out: Draft[] = [];
  for (let k = 1; k < figs.length; k++) {
    const [part, share] = [figs[k - 1] as Fig, figs[k] as Fig];
    if (share.a.kind !== 'percent' || share.m.role !== 'share' || part.a.kind !== 'quantity' || !/^\d[\d,]*$/.test(part.a.text)) continue;
    if (!/^\s*\(\s*$/.test(text.slice(part.a.end, share.a.start))) continue;
    const whole = wholeOf(text, figs, k - 1);
    const draft = whole ? shareCheck(part, share, whole) : undefined;
    if (draft) out.push(draft);
  }
  return out;
}

/** Back over the list's counts and shares to the lead line's count, the one a colon follows. */
function wholeOf(text: string, figs: Fig[], at: number): Fig | undefined {
  const part = figs[at] as Fig;
  for (let j = at - 1; j >= 0 && j >= at - MAX_ITEMS; j--) {
    const f = figs[j] as Fig;
    if (f.a.kind === 'quantity' && f.a.unit === (part.a.kind === 'quantity' ? part.a.unit : '') && /^\s*:/.test(text.slice(f.a.end, f.a.end + 4))) return f;
    const item = f.a.kind === 'percent' ? f.m.role === 'share' : f.a.kind === 'quantity' && /^\d[\d,]*$/.test(f.a.text);
    if (!item) return undefined;
  }
  return undefined;
}
