/** Insights with their formulas; clicking one reveals its first input. */
import type { Snapshot } from '../../messages/protocol.js';
import type { Reveal } from './types.js';

export function Insights({ snapshot, reveal }: { snapshot: Snapshot; reveal: Reveal }) {
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights ({snapshot.insights.length})</h2>
      <ul data-section="insights">
        {snapshot.insights.map((i) => (
          <li key={i.id}>
            <button class="item" onClick={() => i.inputs[0] && reveal(i.inputs[0])}>
              {i.summary}
              <div class="formula">{i.formula}</div>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
