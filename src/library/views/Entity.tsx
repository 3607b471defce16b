/**
 * One person, acronym, organization, place or document across the library: the releases
 * that name it (each linked at its first mention), a person's roles over time, an
 * acronym's expansions and where each came from.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EntityKind } from '../../core/library/entities.js';
import { displayName, expansionsOf, mentionsOf, rolesOverTime, spanLabel, type Mention } from '../../core/library/entity-view.js';
import { passageLink, sentenceAt } from '../../core/library/links.js';
import type { LibraryEntry } from '../../core/library/record.js';
import type { ExpansionSource } from '../../core/model.js';
import type { Library } from '../../storage/library/library.js';
import { ENTITY_LABELS } from './Entities.js';
import { ReleaseItem } from './ReleaseItem.js';

const SOURCES: Record<ExpansionSource, string> = {
  page: 'defined in',
  learned: 'learned from an earlier release, used in',
  glossary: 'from the built-in glossary, used in',
  user: 'your own expansion, used in',
};
/** Texts read at once to link mentions at their sentence. */
const LINKED = 200;

interface Props {
  library: Library;
  entries: LibraryEntry[];
  kind: EntityKind;
  entityKey: string;
}

function useMentionLinks(library: Library, mentions: readonly Mention[]): Map<string, string> {
  const [links, setLinks] = useState(new Map<string, string>());
  useEffect(() => {
    let current = true;
    const wanted = mentions.slice(0, LINKED);
    void library.passages(wanted.map((m) => m.entry.key)).then((texts) => {
      if (!current) return;
      const out = new Map<string, string>();
      for (const { entry, ref } of wanted) {
        const text = texts.get(entry.key);
        if (!text) continue;
        const { start, end } = sentenceAt(text, ref.at);
        out.set(entry.key, passageLink(entry.url, text, start, end));
      }
      setLinks(out);
    });
    return () => {
      current = false;
    };
  }, [library, mentions]);
  return links;
}

export function Entity({ library, entries, kind, entityKey }: Props) {
  const mentions = useMemo(() => mentionsOf(entries, kind, entityKey), [entries, kind, entityKey]);
  const links = useMentionLinks(library, mentions);
  const name = displayName(mentions) || entityKey;
  const roles = kind === 'person' ? rolesOverTime(mentions) : [];
  const expansions = kind === 'acronym' ? expansionsOf(mentions) : [];
  return (
    <section aria-labelledby="entity-heading" data-entity={`${kind}:${entityKey}`}>
      <p class="meta">
        <a href={`#/entities/${kind}`}>{ENTITY_LABELS[kind][1]}</a>
      </p>
      <h1 id="entity-heading">{name}</h1>
      {mentions.length === 0 && <p class="empty">No release in your library names this {ENTITY_LABELS[kind][0].toLowerCase()} any more.</p>}
      {roles.length > 0 && (
        <>
          <h2>Roles over time</h2>
          <ul class="roles">
            {roles.map((r) => (
              <li key={r.role}>
                {spanLabel(r)} <span class="count">({r.releases === 1 ? '1 release' : `${r.releases} releases`})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {expansions.length > 0 && (
        <>
          <h2>What it stands for</h2>
          <ul class="expansions">
            {expansions.map((x) => (
              <li key={x.expansion}>
                <span class="term">{x.expansion}</span>
                <ul class="sources">
                  {x.sources.slice(0, 20).map(({ source, mention }) => (
                    <li key={mention.entry.key}>
                      {SOURCES[source ?? 'glossary']}{' '}
                      <a href={links.get(mention.entry.key) ?? mention.entry.url} target="_blank" rel="noopener noreferrer">
                        {mention.entry.title || mention.entry.url}
                      </a>{' '}
                      <span class="count">({mention.entry.published ?? mention.entry.lastRead.slice(0, 10)})</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {mentions.length > 0 && (
        <>
          <h2>
            Releases <span class="count">{mentions.length}</span>
          </h2>
          <ul class="releases">
            {mentions.map(({ entry, ref }) => (
              <ReleaseItem key={entry.key} entry={entry} href={links.get(entry.key) ?? entry.url}>
                {ref.role && <span class="meta">as {ref.role}</span>}
              </ReleaseItem>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
