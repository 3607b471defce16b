/** Switches each category's highlights in the page on and off; shows how many there are. */
import { ANNOTATION_KINDS, type AnnotationKind } from '../../core/model.js';
import { KINDS } from '../../core/kinds.js';

export interface CategoryTogglesProps {
  counts: Record<AnnotationKind, number>;
  hidden: readonly AnnotationKind[];
  setVisible(kind: AnnotationKind, visible: boolean): void;
}

export function CategoryToggles({ counts, hidden, setVisible }: CategoryTogglesProps) {
  const present = ANNOTATION_KINDS.filter((k) => counts[k] > 0);
  if (!present.length) return null;
  return (
    <fieldset class="toggles">
      <legend>Highlight in the page</legend>
      {present.map((kind) => (
        <label key={kind} class="toggle" data-kind={kind}>
          <input type="checkbox" checked={!hidden.includes(kind)} onChange={(e) => setVisible(kind, e.currentTarget.checked)} />
          <span class="swatch" aria-hidden="true" />
          {KINDS[kind].plural} <span class="count">{counts[kind]}</span>
        </label>
      ))}
    </fieldset>
  );
}
