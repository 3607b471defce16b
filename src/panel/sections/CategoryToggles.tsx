/**
 * Switches each category's highlights in the page on and off, with how many things of it
 * the page names. Each label is drawn as the page draws that category, so the key is the
 * page's own look, in light and dark.
 */
import { ANNOTATION_KINDS, type AnnotationKind } from '../../core/model.js';
import { KINDS } from '../../core/kinds.js';
import { declarationsOf, type KindStyle } from '../../core/reading/kind-style.js';

export interface CategoryTogglesProps {
  counts: Record<AnnotationKind, number>;
  hidden: readonly AnnotationKind[];
  styles: Readonly<Record<AnnotationKind, KindStyle>>;
  setVisible(kind: AnnotationKind, visible: boolean): void;
}

export function CategoryToggles({ counts, hidden, styles, setVisible }: CategoryTogglesProps) {
  const present = ANNOTATION_KINDS.filter((k) => counts[k] > 0);
  if (!present.length) return null;
  return (
    <fieldset class="toggles">
      <legend>Highlight in the page</legend>
      {present.map((kind) => (
        <label key={kind} class="toggle" data-kind={kind}>
          <input type="checkbox" checked={!hidden.includes(kind)} onChange={(e) => setVisible(kind, e.currentTarget.checked)} />
          <span class="sample" style={declarationsOf(styles[kind])}>
            {KINDS[kind].plural}
          </span>{' '}
          <span class="count">{counts[kind]}</span>
        </label>
      ))}
    </fieldset>
  );
}
