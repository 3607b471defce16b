/**
 * One fact in the panel: what was pinned in words (a figure in its sentence with what it
 * measures and the insights kept with it, each a checkbox; an insight with its working),
 * or the passage saved; the note and tags to edit; Show in page, Copy with citation,
 * Delete. Page data is rendered as text only.
 */
import { useState } from 'preact/hooks';
import type { PinnedAnnotation } from '../../core/fact-pinned.js';
import { citedCopy } from '../../core/facts-copy.js';
import { cleanTags, type Fact } from '../../core/facts.js';
import { INSIGHT_LABELS } from '../../core/insight-labels.js';
import { describePeriod } from '../../core/periods.js';
import { FACTS } from '../../storage/facts.js';
import type { ExtensionStorage } from '../../storage/index.js';
import { copyCited, copyProblem } from '../../ui/clipboard.js';
import { Said, type SaidText } from './PinButton.js';
import { errorText } from '../../core/error-text.js';


/** What a pinned figure measures, in words: "U.S. exports to China · 2006". */
function measureWords(p: PinnedAnnotation): string {
  const m = p.measure;
  return [m?.subject, m?.period ? describePeriod(m.period) : undefined].filter(Boolean).join(' · ');
}

function Pinned({ fact, save }: { fact: Fact; save: (change: Partial<Fact>) => void }) {
  const p = fact.pinned;
  if (p?.source === 'insight') {
    return (
      <div class="pinned-fact">
        <p class="summary">{p.sentence}</p>
        {p.readable && <span class="formula">{p.readable}</span>}
        <span class="meta">
          Pinned {INSIGHT_LABELS[p.kind]}: {p.display}
          {p.inputs.length > 0 && ` · from ${p.inputs.map((i) => i.display).join(' and ')}`}
        </span>
      </div>
    );
  }
  const measure = p ? measureWords(p) : '';
  const keep = (k: number, included: boolean): void => {
    if (p) save({ pinned: { ...p, insights: p.insights.map((u, j) => (j === k ? { ...u, included } : u)) } });
  };
  return (
    <div class="pinned-fact">
      <blockquote class="quote">{p?.sentence || fact.quote.exact}</blockquote>
      {p && (
        <span class="meta">
          Pinned {p.display}
          {measure && ` · ${measure}`}
        </span>
      )}
      {p && p.insights.length > 0 && (
        <fieldset class="kept">
          <legend>Insights kept with it</legend>
          {p.insights.map((u, k) => (
            <label class="kept-insight" key={`${u.kind}:${u.formula}`}>
              <input type="checkbox" checked={u.included} onChange={(e) => keep(k, e.currentTarget.checked)} />{' '}
              {INSIGHT_LABELS[u.kind]}: {u.display || u.readable}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

export function FactItem({ fact, store, onDeleted, show }: { fact: Fact; store: ExtensionStorage; onDeleted: (f: Fact) => void; show?: () => void }) {
  const [said, setSaid] = useState<SaidText>(null);
  const problem = (text: string): void => setSaid({ text, problem: true });
  const save = async (change: Partial<Fact>): Promise<void> => {
    const next = { ...fact, ...change };
    if (JSON.stringify(next) === JSON.stringify(fact)) return;
    try {
      await store.putRecord(FACTS, { ...next, updated: new Date().toISOString() });
      setSaid(null);
    } catch (e) {
      problem(`Not saved: ${errorText(e)}. Try again.`);
    }
  };
  const copy = (): void =>
    void copyCited(citedCopy(fact)).then(
      () => setSaid({ text: 'Copied with its citation.', problem: false }),
      (e: unknown) => problem(copyProblem(e)),
    );
  return (
    <li data-fact-id={fact.id} data-source={fact.pinned?.source ?? 'selection'}>
      <Pinned fact={fact} save={(change) => void save(change)} />
      <label class="field">
        Note
        <textarea name="note" defaultValue={fact.note} onBlur={(e) => void save({ note: e.currentTarget.value })} />
      </label>
      <label class="field">
        Tags
        <input name="tags" defaultValue={fact.tags.join(', ')} onBlur={(e) => void save({ tags: cleanTags(e.currentTarget.value.split(',')) })} />
      </label>
      <div class="row">
        {show && <button onClick={show}>Show in page</button>}
        <button data-action="copy-cited" onClick={copy}>
          Copy with citation
        </button>
        <button onClick={() => void store.deleteRecord(FACTS, fact.id).then(() => onDeleted(fact), (e: unknown) => problem(`Not deleted: ${errorText(e)}. Try again.`))}>Delete</button>
      </div>
      <Said said={said} />
    </li>
  );
}

export function NotFoundItem({ fact, store, onDeleted }: { fact: Fact; store: ExtensionStorage; onDeleted: (f: Fact) => void }) {
  return (
    <li data-fact-id={fact.id}>
      <blockquote class="quote context">
        <span class="meta">…{fact.quote.prefix}</span>
        <strong>{fact.quote.exact}</strong>
        <span class="meta">{fact.quote.suffix}…</span>
      </blockquote>
      {fact.note && <div class="meta">Note: {fact.note}</div>}
      <button onClick={() => void store.deleteRecord(FACTS, fact.id).then(() => onDeleted(fact))}>Delete</button>
    </li>
  );
}
