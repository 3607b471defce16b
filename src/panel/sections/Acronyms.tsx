/**
 * Acronyms: each with its expansion, where the expansion came from, the glossary's line
 * and link, how often it occurs, and "I know this one" (hides its highlights everywhere).
 */
import type { Annotation } from '../../core/model.js';
import type { LearnedAcronym } from '../../storage/acronyms.js';
import { acronymRows, matches, type AcronymRow } from '../items.js';
import { nextMention } from './Entities.js';
import { Item } from './Item.js';
import { Section } from './Section.js';
import type { ListProps } from './types.js';

function provenance(row: AcronymRow, learned: LearnedAcronym | undefined): string {
  switch (row.source) {
    case 'page':
      return 'defined on this page';
    case 'learned':
      return learned ? `learned from “${learned.releaseTitle || learned.url}”` : 'learned from an earlier release';
    case 'user':
      return 'your own definition';
    case 'glossary':
      return 'from the built-in glossary';
    default:
      return 'expansion unknown';
  }
}

export interface AcronymsProps extends ListProps {
  annotations: Annotation[];
  known: ReadonlySet<string>;
  learned: ReadonlyMap<string, LearnedAcronym>;
  setKnown(abbr: string, known: boolean): void;
}

export function Acronyms(props: AcronymsProps) {
  const rows = acronymRows(props.annotations);
  const shown = rows.filter((r) => matches(props.filter, r.abbr, r.expansion, r.description));
  return (
    <Section id="acronyms" title="Acronyms" total={rows.length} shown={shown.length}>
      {shown.map((row) => {
        const isKnown = props.known.has(row.abbr);
        return (
          <Item
            key={row.abbr}
            name={row.abbr}
            rowClass={isKnown ? 'known' : undefined}
            selected={props.selectedId !== undefined && row.ids.includes(props.selectedId)}
            onActivate={() => props.reveal(nextMention(row.ids, props.selectedId))}
            actions={
              <>
                {row.definitionId && (
                  <button type="button" class="link" onClick={() => row.definitionId && props.reveal(row.definitionId)}>
                    Show definition<span class="visually-hidden"> of {row.abbr}</span>
                  </button>
                )}
                {row.url && (
                  <a href={row.url} target="_blank" rel="noopener noreferrer">
                    About {row.abbr}
                  </a>
                )}
                <button type="button" class="link" aria-pressed={isKnown} onClick={() => props.setKnown(row.abbr, !isKnown)}>
                  I know this one<span class="visually-hidden"> ({row.abbr})</span>
                </button>
              </>
            }
          >
            <span class="term">{row.abbr}</span> {row.expansion}
            <span class="meta">
              {provenance(row, props.learned.get(row.abbr))} · {row.ids.length}×{isKnown ? ' · known, not highlighted' : ''}
            </span>
            {row.description && <span class="description">{row.description}</span>}
          </Item>
        );
      })}
    </Section>
  );
}
