/** Acronyms marked "I know this one": not highlighted anywhere until the user takes them back. */
import type { KnownAcronym } from '../../storage/acronyms.js';

export function KnownAcronyms({ known, forget }: { known: KnownAcronym[]; forget(abbr: string): void }) {
  return (
    <section aria-labelledby="known-heading">
      <h2 id="known-heading">Acronyms you know</h2>
      {known.length === 0 ? (
        <p class="empty">None yet. Choose “I know this one” beside an acronym in the side panel to stop highlighting it.</p>
      ) : (
        <ul class="known-list" data-section="known">
          {known.map((k) => (
            <li key={k.abbr}>
              <span class="term">{k.abbr}</span>{' '}
              <button type="button" class="link" onClick={() => forget(k.abbr)}>
                Highlight again<span class="visually-hidden"> ({k.abbr})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
