/**
 * "What the numbers say": the insights ranked by what they tell a reader, each with its
 * summary, its working, its caveats folded to one line, and for checks whether the text
 * agrees with itself; each input is a button that reveals that figure in the page; each
 * insight can be pinned as a fact (or unpinned) and copied with its citation. Page data
 * is rendered as text only.
 */
import { useState } from 'preact/hooks';
import { INSIGHT_LABELS } from '../../core/insight-labels.js';
import type { Annotation } from '../../core/model.js';
import { readableFormula } from '../../core/readable-formula.js';
import type { Snapshot } from '../../messages/protocol.js';
import { copyCited, copyProblem } from '../../ui/clipboard.js';
import type { FactsHandle } from '../facts/use-facts.js';
import { insightRows, type InsightRow } from '../insight-rows.js';
import { PinButton, Said, type SaidText } from './PinButton.js';
import type { Reveal } from './types.js';

function Caveats({ caveats }: { caveats: readonly string[] }) {
  const [first, ...rest] = caveats;
  if (!first) return null;
  if (!rest.length) return <p class="caveat meta">{first}</p>;
  return (
    <details class="caveats">
      <summary class="meta">{first}</summary>
      <ul aria-label="More caveats">
        {rest.map((c) => (
          <li class="meta" key={c}>
            {c}
          </li>
        ))}
      </ul>
    </details>
  );
}

function InsightItem({ row, byId, reveal, facts }: { row: InsightRow; byId: Map<string, Annotation>; reveal: Reveal; facts: FactsHandle }) {
  const { insight, also } = row;
  const [said, say] = useState<SaidText>(null);
  const copyInsight = async (): Promise<void> => {
    const cited = await facts.cite({ insightId: insight.id });
    if (!cited.ok) return say({ text: cited.error, problem: true });
    await copyCited(cited.value).then(
      () => say({ text: 'Copied with its citation.', problem: false }),
      (e: unknown) => say({ text: copyProblem(e), problem: true }),
    );
  };
  const first = insight.inputs[0];
  const inputs = [...new Set([insight, ...also].flatMap((i) => i.inputs))];
  return (
    <li data-kind={insight.kind} data-status={insight.status} data-insight={insight.id}>
      <button type="button" class="item" onClick={() => first && reveal(first)}>
        {insight.status === 'mismatch' && <strong class="check">To check: </strong>}
        <span class="summary">{insight.summary}</span>
        {[insight, ...also].map((i) => (
          <span class="formula" key={i.id}>
            {readableFormula(i, i.inputs.flatMap((id) => byId.get(id) ?? []))}
          </span>
        ))}
        <span class="meta">
          {[insight, ...also].map((i) => INSIGHT_LABELS[i.kind]).join(' and ')}
          {insight.status === 'agrees' && ' · agrees'}
        </span>
      </button>
      {insight.caveats && <Caveats caveats={insight.caveats} />}
      <div class="inputs meta">
        from{' '}
        {inputs.map((id) => (
          <button type="button" class="input" key={id} data-input={id} onClick={() => reveal(id)} title="Show in the page">
            {byId.get(id)?.text ?? id}
          </button>
        ))}
      </div>
      <div class="row-actions">
        {[insight, ...also].map((i) => (
          <PinButton key={i.id} inputs={i.inputs.flatMap((id) => byId.get(id) ?? [])} insight={i} facts={facts} say={say} />
        ))}
        <button type="button" class="link" data-action="copy-cited" onClick={() => void copyInsight()}>
          Copy with citation
        </button>
      </div>
      <Said said={said} />
    </li>
  );
}

export function Insights({ snapshot, reveal, filter, facts }: { snapshot: Snapshot; reveal: Reveal; filter: string; facts: FactsHandle }) {
  const byId = new Map(snapshot.annotations.map((a) => [a.id, a]));
  const all = insightRows(snapshot.insights, byId);
  const rows = filter ? insightRows(snapshot.insights, byId, filter) : all;
  if (!rows.length) return null;
  return (
    <section aria-labelledby="insights-heading" class="insights">
      <h2 id="insights-heading">
        What the numbers say <span class="count">({rows.length === all.length ? all.length : `${rows.length} of ${all.length}`})</span>
      </h2>
      <ul data-section="insights">
        {rows.map((row) => (
          <InsightItem key={row.insight.id} row={row} byId={byId} reveal={reveal} facts={facts} />
        ))}
      </ul>
    </section>
  );
}
