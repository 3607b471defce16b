/** One release in a list: its title (a link to it), agency, date and kind, the people it names, and "Forget". */
import type { ComponentChildren } from 'preact';
import type { LibraryEntry } from '../../core/library/record.js';
import { RELEASE_KIND_LABELS } from '../../core/library/release-kind.js';
import { entityHash } from '../route.js';

const PEOPLE_SHOWN = 4;

interface Props {
  entry: LibraryEntry;
  /** Where the title links: the release, or the release at a sentence. */
  href?: string;
  children?: ComponentChildren;
  onForget?(entry: LibraryEntry): void;
}

export function ReleaseMeta({ entry }: { entry: LibraryEntry }) {
  return (
    <span class="meta">
      {[entry.agency ?? 'Agency not given', entry.published ?? `read ${entry.lastRead.slice(0, 10)}`, RELEASE_KIND_LABELS[entry.kind]].join(' · ')}
    </span>
  );
}

export function ReleaseItem({ entry, href, children, onForget }: Props) {
  const people = entry.entities.filter((e) => e.kind === 'person').slice(0, PEOPLE_SHOWN);
  return (
    <li class="release" data-key={entry.key}>
      <a class="title" href={href ?? entry.url} target="_blank" rel="noopener noreferrer">
        {entry.title || entry.url}
      </a>
      <ReleaseMeta entry={entry} />
      {children}
      {(people.length > 0 || onForget) && (
        <p class="row-actions">
          {people.map((p) => (
            <a key={p.key} href={entityHash('person', p.key)}>
              {p.name}
            </a>
          ))}
          {onForget && (
            <button type="button" class="link forget" onClick={() => onForget(entry)} aria-label={`Forget “${entry.title}”`}>
              Forget
            </button>
          )}
        </p>
      )}
    </li>
  );
}
