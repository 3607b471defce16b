/**
 * Counts in a list under a lead line: "… received from 247 unique lead consortia members:"
 * then "68 (28%) submitted only applications for …", "124 (50%) submitted …". A reader
 * takes each item's bare number as a count of the lead's noun (members), the share beside
 * it as that count's part of the lead's count, and what the share measures as the lead's
 * noun that did what the item says ("members that submitted only applications for …").
 * Bare numbers are counts only in that shape; anywhere else they are left alone.
 */
import type { AnnotationDraft, Measure } from '../model.js';
import { parseNumber } from './numbers.js';

/** A list item that opens with a count and its share in parentheses: "• 68 (28%) …". */
const ITEM = /^[ \t]*(?:[•*·-][ \t]*)?(\d{1,3}(?:,\d{3})+|\d{1,9})(?=[ \t]*\(\s*\d{1,3}(?:\.\d{1,3})?\s*(?:%|percent)\s*\))/gm;
/** The lead line's last count and the words it counts, right before its colon. */
const LEAD = /(?<![\w$.,])(\d{1,3}(?:,\d{3})+|\d{1,9})((?:\s+[A-Za-z][\w'’-]*){1,5}?)\s*:\s*$/;
const MAX_LINES_BACK = 24;

interface Lead {
  draft: AnnotationDraft;
  unit: string;
}

/** The lead line above a list item: back over the items and blank lines before it, to a line that ends in a count of something and a colon. */
function leadOf(text: string, lineStart: number): Lead | undefined {
  let end = lineStart - 1;
  for (let n = 0; n < MAX_LINES_BACK && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!/\S/.test(line) || /^[ \t]*(?:[•*·-][ \t]*)?\d[\d,]*[ \t]*\(/.test(line)) continue;
    const m = LEAD.exec(line);
    if (!m || /^(?:19|20)\d\d$/.test(m[1] ?? '')) return undefined;
    const unit = (m[2] ?? '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const at = start + m.index;
    const written = `${m[1]}${m[2]}`;
    return { unit, draft: { kind: 'quantity', text: written, start: at, end: at + written.length, value: parseNumber(m[1] ?? '0'), unit } };
  }
  return undefined;
}

export function findListCounts(text: string): AnnotationDraft[] {
  if (!text.includes('(')) return [];
  const drafts: AnnotationDraft[] = [];
  const leads = new Set<number>();
  for (const m of text.matchAll(ITEM)) {
    const lead = leadOf(text, text.lastIndexOf('\n', m.index) + 1);
    if (!lead) continue;
    if (!leads.has(lead.draft.start)) drafts.push(lead.draft);
    leads.add(lead.draft.start);
    const at = m.index + m[0].length - (m[1] ?? '').length;
    drafts.push({ kind: 'quantity', text: m[1] ?? '', start: at, end: m.index + m[0].length, value: parseNumber(m[1] ?? '0'), unit: lead.unit });
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** "68 (28%) submitted only applications for a Tech Hubs Designation;" → "members that submitted only applications for a Tech Hubs Designation". */
export function itemSubject(unit: string, after: string): string | undefined {
  const predicate = /^\s*\)\s*([a-z][^;:.()]{2,120}?)\s*(?:[;:.]|,\s*(?:and|or)\b|$)/.exec(after)?.[1]?.replace(/[\s,]+(?:and|or)$/i, '').trim();
  if (!predicate || !/^[a-z]+(?:ed|s)?\b/.test(predicate) || predicate.split(/\s+/).length > 14 || /\d|\$/.test(predicate)) return undefined;
  return `${unit} that ${predicate}`;
}

/** The share right after a list item's count (and the count) measure what the item says its members did. */
export function listItemSubjects(sentence: string, offset: number, figures: Array<{ kind: string; text: string; start: number; end: number; unit?: string }>, measures: Measure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const [count, share] = [figures[k - 1], figures[k]];
    if (!count || !share || count.kind !== 'quantity' || !/^\d[\d,]*$/.test(count.text) || share.kind !== 'percent' || !count.unit || !/^\s*\(\s*$/.test(sentence.slice(count.end - offset, share.start - offset))) continue;
    const next = figures[k + 1];
    const subject = itemSubject(count.unit, sentence.slice(share.end - offset, next ? next.start - offset : sentence.length));
    const [cm, sm] = [measures[k - 1], measures[k]];
    if (!subject || !cm || !sm || sm.role !== 'share') continue;
    sm.subject = subject;
    cm.subject = subject;
  }
}
