/**
 * A titled list with its count: the things it lists (with "n of m" while a filter narrows
 * it). A section with nothing to show is left out, so the panel shows only what is there.
 */
import type { ComponentChildren } from 'preact';

export function Section(props: { id: string; title: string; total: number; shown: number; children: ComponentChildren }) {
  const { id, title, total, shown } = props;
  if (shown === 0) return null;
  const count = shown === total ? `${total}` : `${shown} of ${total}`;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} <span class="count">({count})</span>
      </h2>
      <ul data-section={id}>{props.children}</ul>
    </section>
  );
}
