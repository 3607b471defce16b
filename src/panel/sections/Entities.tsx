/**
 * One list per kind of entity or figure: each thing once, with its role, full name or
 * what it measures, and how often the page mentions it; choosing it again moves on to
 * its next mention.
 */
import type { Annotation, AnnotationKind } from '../../core/model.js';
import { entityRows, matches } from '../items.js';
import { Item } from './Item.js';
import { Section } from './Section.js';
import type { ListProps } from './types.js';

/** The mention after the selected one, or the first. */
export function nextMention(ids: readonly string[], selectedId: string | undefined): string {
  const at = selectedId ? ids.indexOf(selectedId) : -1;
  return ids[(at + 1) % ids.length] ?? ids[0] ?? '';
}

export function Entities(props: ListProps & { id: string; title: string; kinds: AnnotationKind[]; annotations: Annotation[] }) {
  const rows = entityRows(props.annotations, props.kinds);
  const shown = rows.filter((r) => matches(props.filter, r.text, r.detail));
  return (
    <Section id={props.id} title={props.title} total={rows.length} shown={shown.length}>
      {shown.map((row) => (
        <Item
          key={row.id}
          name={row.text}
          selected={props.selectedId !== undefined && row.ids.includes(props.selectedId)}
          onActivate={() => props.reveal(nextMention(row.ids, props.selectedId))}
        >
          <span class="term">{row.text}</span>
          {(row.detail || row.ids.length > 1) && (
            <span class="meta">{[row.detail, row.ids.length > 1 ? `${row.ids.length} mentions` : ''].filter(Boolean).join(' · ')}</span>
          )}
        </Item>
      ))}
    </Section>
  );
}
