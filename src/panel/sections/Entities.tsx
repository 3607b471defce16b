/** One list per kind of entity or figure: people with their roles, organizations, places, documents, figures with what they measure, dates, contacts. */
import type { Annotation, AnnotationKind } from '../../core/model.js';
import { entityRows, matches } from '../items.js';
import { Item } from './Item.js';
import { Section } from './Section.js';
import type { ListProps } from './types.js';

export function Entities(props: ListProps & { id: string; title: string; kinds: AnnotationKind[]; annotations: Annotation[] }) {
  const rows = entityRows(props.annotations, props.kinds);
  const shown = rows.filter((r) => matches(props.filter, r.text, r.detail));
  return (
    <Section id={props.id} title={props.title} total={rows.length} shown={shown.length} filter={props.filter}>
      {shown.map((row) => (
        <Item key={row.id} selected={props.selectedId === row.id} onActivate={() => props.reveal(row.id)}>
          <span class="term">{row.text}</span>
          {row.detail && <span class="meta">{row.detail}</span>}
        </Item>
      ))}
    </Section>
  );
}
