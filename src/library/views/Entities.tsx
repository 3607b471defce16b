/** Every person, acronym, organization, place and document the library's releases name, the most often named first. */
import { useMemo, useState } from 'preact/hooks';
import { ENTITY_KINDS, type EntityKind } from '../../core/library/entities.js';
import { entityIndex } from '../../core/library/entity-view.js';
import type { LibraryEntry } from '../../core/library/record.js';
import { entityHash } from '../route.js';

export const ENTITY_LABELS: Readonly<Record<EntityKind, [string, string]>> = {
  person: ['Person', 'People'],
  acronym: ['Acronym', 'Acronyms'],
  organization: ['Organization', 'Organizations'],
  place: ['Place', 'Places'],
  document: ['Document', 'Documents'],
};

const SHOWN = 200;

export function Entities({ entries, kind }: { entries: LibraryEntry[]; kind: EntityKind }) {
  const [filter, setFilter] = useState('');
  const all = useMemo(() => entityIndex(entries, kind), [entries, kind]);
  const wanted = filter.trim().toLowerCase();
  const shown = wanted ? all.filter((e) => e.name.toLowerCase().includes(wanted)) : all;
  return (
    <section aria-labelledby="entities-heading">
      <h1 id="entities-heading">{ENTITY_LABELS[kind][1]} in your releases</h1>
      <nav aria-label="Kinds of names" class="tabs">
        {ENTITY_KINDS.map((k) => (
          <a key={k} href={`#/entities/${k}`} aria-current={k === kind ? 'page' : undefined}>
            {ENTITY_LABELS[k][1]}
          </a>
        ))}
      </nav>
      <label class="filter">
        Filter
        <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} placeholder="A name…" />
      </label>
      {all.length === 0 ? (
        <p class="empty">No {ENTITY_LABELS[kind][1].toLowerCase()} yet: they appear here as you read releases that name them.</p>
      ) : (
        <ul class="entities">
          {shown.slice(0, SHOWN).map((e) => (
            <li key={e.key}>
              <a href={entityHash(kind, e.key)}>{e.name}</a> <span class="count">{e.releases === 1 ? '1 release' : `${e.releases} releases`}, latest {e.latest}</span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > SHOWN && <p class="meta">The first {SHOWN} of {shown.length}; filter to find the others.</p>}
    </section>
  );
}
