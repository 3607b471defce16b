/** One row of a list: a button that reveals its annotation, marked when it is the selection, and the row's other actions. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ItemProps {
  selected: boolean;
  onActivate: () => void;
  children: ComponentChildren;
  actions?: ComponentChildren;
  rowClass?: string;
  /** Identifies the row in tests and styles. */
  name?: string;
}

export function Item({ selected, onActivate, children, actions, rowClass, name }: ItemProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li class={rowClass} data-name={name}>
      <button ref={ref} type="button" class="item" aria-current={selected ? 'true' : undefined} onClick={onActivate}>
        {children}
      </button>
      {actions && <div class="row-actions">{actions}</div>}
    </li>
  );
}
