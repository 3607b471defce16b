/** Money figures and percentages with their values. */
import type { Annotation, AnnotationOf } from '../../core/model.js';
import type { Reveal } from './types.js';

export function Figures({ annotations, reveal }: { annotations: Annotation[]; reveal: Reveal }) {
  const figures = annotations.filter(
    (a): a is AnnotationOf<'money'> | AnnotationOf<'percent'> => a.kind === 'money' || a.kind === 'percent',
  );
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">Figures ({figures.length})</h2>
      <ul data-section="figures">
        {figures.map((f) => (
          <li key={f.id}>
            <button class="item" onClick={() => reveal(f.id)}>
              <span class="term">{f.text}</span>
              <div class="meta">{f.kind === 'money' ? `${f.value.toLocaleString('en-US')} USD` : `${f.value}%`}</div>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
