/** A titled list with its count and designed empty states: nothing on the page, nothing matching the filter. */
import type { ComponentChildren } from 'preact';

export function Section(props: { id: string; title: string; total: number; shown: number; filter: string; children: ComponentChildren }) {
  const { id, title, total, shown, filter } = props;
  const count = shown === total ? `${total}` : `${shown} of ${total}`;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} <span class="count">({count})</span>
      </h2>
      {total === 0 ? (
        <p class="empty">None found on this page.</p>
      ) : shown === 0 ? (
        <p class="empty">None match “{filter}”.</p>
      ) : (
        <ul data-section={id}>{props.children}</ul>
      )}
    </section>
  );
}
