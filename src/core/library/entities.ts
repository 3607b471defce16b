/**
 * The named things a release mentions (people, acronyms, organizations, places,
 * documents), one reference per thing per release, with a key that is the same across
 * releases: "Carlos M. Gutierrez" and "Carlos M Gutierrez" are one person.
 */
import * as z from 'zod';
import { ExpansionSource, type Annotation } from '../model.js';

export const ENTITY_KINDS = ['person', 'acronym', 'organization', 'place', 'document'] as const;
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

export const EntityRef = z.object({
  kind: EntityKind,
  /** The same for every mention of the thing in any release (entityKey). */
  key: z.string().min(1).max(500),
  name: z.string().max(1_000),
  /** People: the role the release gives them. */
  role: z.string().max(500).optional(),
  /** Acronyms: what it stands for here, and where that came from. */
  expansion: z.string().max(1_000).optional(),
  source: ExpansionSource.optional(),
  /** Where in the release's text it is first mentioned (or defined, for a page's acronym). */
  at: z.number().int().nonnegative(),
});
export type EntityRef = z.infer<typeof EntityRef>;

/** One key per name: case, periods, quotes and spacing do not make a different thing. */
export function entityKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘'".,]/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `kind:key`, the form the library indexes releases by. */
export function entityId(ref: Pick<EntityRef, 'kind' | 'key'>): string {
  return `${ref.kind}:${ref.key}`;
}

function refOf(a: Annotation): EntityRef | undefined {
  switch (a.kind) {
    case 'person': {
      const name = a.name ?? a.text;
      return { kind: 'person', key: entityKey(name), name, ...(a.role ? { role: a.role } : {}), at: a.start };
    }
    case 'acronym':
      return {
        kind: 'acronym',
        key: a.text.toUpperCase(),
        name: a.text,
        ...(a.expansion ? { expansion: a.expansion } : {}),
        ...(a.source ? { source: a.source } : {}),
        at: a.source === 'page' && a.definedAt !== undefined ? a.definedAt : a.start,
      };
    case 'organization':
    case 'place':
    case 'document': {
      const name = a.name ?? a.text;
      return { kind: a.kind, key: entityKey(name), name, at: a.start };
    }
    default:
      return undefined;
  }
}

/**
 * The release's entities, each once: the first mention's position, and the first role
 * or expansion any mention gives (a surname alone often carries none).
 */
export function entitiesOf(annotations: readonly Annotation[], limit = 2_000): EntityRef[] {
  const byId = new Map<string, EntityRef>();
  for (const a of annotations) {
    const ref = refOf(a);
    if (!ref || !ref.key) continue;
    const id = entityId(ref);
    const seen = byId.get(id);
    if (!seen) {
      if (byId.size < limit) byId.set(id, ref);
      continue;
    }
    if (!seen.role && ref.role) seen.role = ref.role;
    if (ref.source === 'page' && seen.source !== 'page') byId.set(id, { ...ref, at: ref.at });
    else if (!seen.expansion && ref.expansion) byId.set(id, { ...seen, expansion: ref.expansion, ...(ref.source ? { source: ref.source } : {}) });
  }
  return [...byId.values()];
}
