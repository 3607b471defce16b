/** Categories: shown by default or not, their colour, and their underline style (the cue that is not colour). */
import { ANNOTATION_KINDS, type AnnotationKind } from '../../core/model.js';
import { KINDS } from '../../core/kinds.js';
import { declarationsOf, UNDERLINE_STYLES, type KindStyle } from '../../core/reading/kind-style.js';

export interface CategoriesProps {
  kinds: Record<AnnotationKind, KindStyle>;
  save(kind: AnnotationKind, style: KindStyle): void;
}

export function Categories({ kinds, save }: CategoriesProps) {
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">Categories</h2>
      <p>Which categories are highlighted in releases, and how. Each has an underline style as well as a colour, so colour is never the only cue.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Highlighted</th>
            <th scope="col">Colour</th>
            <th scope="col">Underline</th>
            <th scope="col">Looks like</th>
          </tr>
        </thead>
        <tbody>
          {ANNOTATION_KINDS.map((kind) => {
            const style = kinds[kind];
            const label = KINDS[kind].plural;
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{label}</th>
                <td>
                  <input type="checkbox" aria-label={`Highlight ${label}`} checked={style.visible} onChange={(e) => save(kind, { ...style, visible: e.currentTarget.checked })} />
                </td>
                <td>
                  <input type="color" aria-label={`${label} colour`} value={style.colour} onChange={(e) => save(kind, { ...style, colour: e.currentTarget.value })} />
                </td>
                <td>
                  <select
                    aria-label={`${label} underline`}
                    value={style.underline}
                    onChange={(e) => save(kind, { ...style, underline: e.currentTarget.value as KindStyle['underline'] })}
                  >
                    {UNDERLINE_STYLES.map((u) => (
                      <option key={u} value={u}>
                        {u}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <span class="sample" style={declarationsOf(style)}>
                    {kind === 'money' ? '$55 billion' : kind === 'acronym' ? 'MOFCOM' : label}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
