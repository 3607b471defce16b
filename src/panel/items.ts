/**
 * What the panel lists, derived from a snapshot: rows per section, what a filter matches,
 * and counts per category. Pure, so it is tested without a browser.
 */
import { kindOf } from '../core/kinds.js';
import type { Annotation, AnnotationKind, AnnotationOf } from '../core/model.js';
import { itemKey } from '../core/reading/mentions.js';

export interface AcronymRow {
  abbr: string;
  expansion: string;
  source: AnnotationOf<'acronym'>['source'];
  /** The mention inside the page's own definition, when the page defines it. */
  definitionId?: string;
  description?: string;
  url?: string;
  /** Every mention, in page order. */
  ids: string[];
}

/** One thing the page names, with every mention of it. */
export interface EntityRow {
  /** Its first mention. */
  id: string;
  /** Every mention, in page order. */
  ids: string[];
  kind: AnnotationKind;
  /** Its full name (a person named later by surname alone is listed by the full name). */
  text: string;
  /** A role for people, a full name for organizations and documents, what a figure measures. */
  detail?: string;
}

export function acronymRows(annotations: readonly Annotation[]): AcronymRow[] {
  const rows = new Map<string, AcronymRow>();
  for (const a of annotations) {
    if (a.kind !== 'acronym') continue;
    let row = rows.get(a.text);
    if (!row) {
      row = { abbr: a.text, expansion: a.expansion ?? '', source: a.source, ids: [] };
      if (a.description) row.description = a.description;
      if (a.url && /^https?:\/\//i.test(a.url)) row.url = a.url;
      rows.set(a.text, row);
    }
    row.ids.push(a.id);
    if (a.definedAt !== undefined && a.start === a.definedAt) row.definitionId = a.id;
  }
  return [...rows.values()];
}

/** One row per thing named (a person once, however often mentioned), in order of first mention. */
export function entityRows(annotations: readonly Annotation[], kinds: readonly AnnotationKind[]): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const a of annotations) {
    if (!kinds.includes(a.kind)) continue;
    const key = itemKey(a);
    const row = rows.get(key);
    const detail = row?.detail ?? kindOf(a).listed(a);
    if (row) {
      row.ids.push(a.id);
      if (detail) row.detail = detail;
      continue;
    }
    const name = a.kind === 'person' && a.name ? a.name : a.text;
    rows.set(key, { id: a.id, ids: [a.id], kind: a.kind, text: name, ...(detail ? { detail } : {}) });
  }
  return [...rows.values()];
}

/** Case-insensitive match of every word of the filter against any of the texts. */
export function matches(filter: string, ...texts: (string | undefined)[]): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = texts.filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => haystack.includes(w));
}
