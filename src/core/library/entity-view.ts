/**
 * What an entity page shows: every release that names the thing, a person's roles over
 * time ("Secretary of Commerce, 2005–2009"), an acronym's expansions and where each came
 * from, and the index of every entity of a kind.
 */
import type { ExpansionSource } from '../model.js';
import { entityId, type EntityKind, type EntityRef } from './entities.js';
import { yearOf } from './facets.js';
import { newestFirst, type LibraryEntry } from './record.js';

export interface Mention {
  entry: LibraryEntry;
  ref: EntityRef;
}

/** The releases naming the entity, newest first. */
export function mentionsOf(entries: readonly LibraryEntry[], kind: EntityKind, key: string): Mention[] {
  const id = entityId({ kind, key });
  const out: Mention[] = [];
  for (const entry of entries) {
    if (!entry.entityIds.includes(id)) continue;
    const ref = entry.entities.find((e) => e.kind === kind && e.key === key);
    if (ref) out.push({ entry, ref });
  }
  return out.sort((a, b) => newestFirst(a.entry, b.entry));
}

/** The name most releases use. */
export function displayName(mentions: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.ref.name, (counts.get(m.ref.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? '';
}

/** "U.S. Commerce Secretary" and "Secretary of Commerce" are one role. */
export function roleKey(role: string): string {
  return role
    .replace(/^(?:U\.S\.|United States)\s+/i, '')
    .replace(/^(\w+) Secretary$/i, 'Secretary of $1')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface RoleSpan {
  role: string;
  from: string;
  to: string;
  releases: number;
}

/** Each role the releases give, with the years of the first and last release that gives it; earliest first. */
export function rolesOverTime(mentions: readonly Mention[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan & { names: Map<string, number> }>();
  for (const { entry, ref } of mentions) {
    if (!ref.role) continue;
    const key = roleKey(ref.role);
    const year = yearOf(entry);
    const span = spans.get(key) ?? { role: ref.role, from: year, to: year, releases: 0, names: new Map<string, number>() };
    span.from = year < span.from ? year : span.from;
    span.to = year > span.to ? year : span.to;
    span.releases++;
    span.names.set(ref.role, (span.names.get(ref.role) ?? 0) + 1);
    spans.set(key, span);
  }
  return [...spans.values()]
    .map(({ names, ...span }) => ({ ...span, role: [...names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? span.role }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.role.localeCompare(b.role));
}

export function spanLabel(span: Pick<RoleSpan, 'role' | 'from' | 'to'>): string {
  return `${span.role}, ${span.from === span.to ? span.from : `${span.from}–${span.to}`}`;
}

export interface Expansion {
  expansion: string;
  /** Where it came from, per release: the page's definition, an earlier release, the glossary, the reader. */
  sources: Array<{ source: ExpansionSource | undefined; mention: Mention }>;
}

/** An acronym's expansions, the most used first, each with the releases that gave it. */
export function expansionsOf(mentions: readonly Mention[]): Expansion[] {
  const byText = new Map<string, Expansion>();
  for (const mention of mentions) {
    const text = mention.ref.expansion;
    if (!text) continue;
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    const expansion = byText.get(key) ?? { expansion: text, sources: [] };
    expansion.sources.push({ source: mention.ref.source, mention });
    byText.set(key, expansion);
  }
  return [...byText.values()].sort((a, b) => b.sources.length - a.sources.length);
}

export interface EntitySummary {
  kind: EntityKind;
  key: string;
  name: string;
  releases: number;
  /** The newest release's date (or reading). */
  latest: string;
}

/** Every entity of a kind across the library, the most often named first. */
export function entityIndex(entries: readonly LibraryEntry[], kind: EntityKind): EntitySummary[] {
  const byKey = new Map<string, EntitySummary & { names: Map<string, number> }>();
  for (const entry of entries) {
    const when = entry.published ?? entry.lastRead.slice(0, 10);
    for (const ref of entry.entities) {
      if (ref.kind !== kind) continue;
      const summary = byKey.get(ref.key) ?? { kind, key: ref.key, name: ref.name, releases: 0, latest: when, names: new Map<string, number>() };
      summary.releases++;
      if (when > summary.latest) summary.latest = when;
      summary.names.set(ref.name, (summary.names.get(ref.name) ?? 0) + 1);
      byKey.set(ref.key, summary);
    }
  }
  return [...byKey.values()]
    .map(({ names, ...s }) => ({ ...s, name: [...names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? s.name }))
    .sort((a, b) => b.releases - a.releases || a.name.localeCompare(b.name));
}
