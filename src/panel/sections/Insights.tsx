/**
 * Insights: each with its summary, its working, its caveats and, for checks, whether the
 * text agrees with itself; each of its inputs is a button that reveals that figure in the
 * page. Page data is rendered as text only.
 */
import { INSIGHT_LABELS } from '../../core/insight-labels.js';
import type { Annotation, Insight } from '../../core/model.js';
import type { Snapshot } from '../../messages/protocol.js';
import type { Reveal } from './types.js';

function InsightItem({ insight, byId, reveal }: { insight: Insight; byId: Map<string, Annotation>; reveal: Reveal }) {
  const first = insight.inputs[0];
  return (
    <li data-kind={insight.kind} data-status={insight.status}>
      <button class="item" onClick={() => first && reveal(first)}>
        <div class="meta">
          {INSIGHT_LABELS[insight.kind]}
          {insight.status === 'agrees' && ' · agrees'}
        </div>
        {insight.status === 'mismatch' && <strong class="check">To check: </strong>}
        <span class="summary">{insight.summary}</span>
        <div class="formula">{insight.formula}</div>
      </button>
      {insight.caveats && insight.caveats.length > 0 && (
        <ul class="caveats" aria-label="Caveats">
          {insight.caveats.map((c) => (
            <li class="meta" key={c}>
              {c}
            </li>
          ))}
        </ul>
      )}
      <div class="inputs meta">
        from{' '}
        {insight.inputs.map((id) => (
          <button class="input" key={id} data-input={id} onClick={() => reveal(id)} title="Show in the page">
            {byId.get(id)?.text ?? id}
          </button>
        ))}
      </div>
    </li>
  );
}

export function Insights({ snapshot, reveal }: { snapshot: Snapshot; reveal: Reveal }) {
  const byId = new Map(snapshot.annotations.map((a) => [a.id, a]));
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights ({snapshot.insights.length})</h2>
      <ul data-section="insights">
        {snapshot.insights.map((i) => (
          <InsightItem key={i.id} insight={i} byId={byId} reveal={reveal} />
        ))}
      </ul>
    </section>
  );
}
