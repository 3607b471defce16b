/** Figures (money, percentages, quantities) with their values and what they measure. */
import type { Annotation } from '../../core/model.js';
import { entityRows, matches } from '../items.js';
import { Item } from './Item.js';
import { Section } from './Section.js';
import type { ListProps } from './types.js';

export function Figures(props: ListProps & { annotations: Annotation[] }) {
  const rows = entityRows(props.annotations, ['money', 'percent', 'quantity']);
  const shown = rows.filter((r) => matches(props.filter, r.text, r.detail));
  return (
    <Section id="figures" title="Figures" total={rows.length} shown={shown.length} filter={props.filter}>
      {shown.map((row) => (
        <Item key={row.id} selected={props.selectedId === row.id} onActivate={() => props.reveal(row.id)}>
          <span class="term">{row.text}</span>
          {row.detail && <span class="meta">{row.detail}</span>}
        </Item>
      ))}
    </Section>
  );
}
