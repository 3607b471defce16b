/**
 * Pin an insight as a fact, or unpin it: the button names the insight by its value
 * ("Pin $41.67 billion"); a pinned one says so. What happened is said in the row's
 * status line (`Said`), heard by a screen reader; a problem says what to do.
 */
import { useState } from 'preact/hooks';
import type { Annotation, Insight } from '../../core/model.js';
import { insightName } from '../../core/readable-formula.js';
import type { FactsHandle } from '../facts/use-facts.js';

export type SaidText = { text: string; problem: boolean } | null;

export function PinButton({ insight, inputs, facts, say }: { insight: Insight; inputs: readonly Annotation[]; facts: FactsHandle; say: (said: SaidText) => void }) {
  const [busy, setBusy] = useState(false);
  const name = insightName(insight, inputs);
  const factId = facts.pins.get(insight.id);
  const fact = factId ? facts.facts.find((f) => f.id === factId) : undefined;

  const act = async (): Promise<void> => {
    setBusy(true);
    const problem = fact ? await facts.remove(fact) : await facts.pin({ insightId: insight.id });
    setBusy(false);
    say(problem ? { text: problem, problem: true } : { text: fact ? `Unpinned ${name}.` : `Pinned ${name} as a fact, below in Facts.`, problem: false });
  };

  return (
    <span class="pin" data-pin={insight.id}>
      {fact && <span class="pinned">✓ Pinned</span>}
      <button type="button" class="link" disabled={busy} onClick={() => void act()}>
        {fact ? `Unpin ${name}` : `Pin ${name}`}
      </button>
    </span>
  );
}

/** A row's confirmation and problem lines: live regions from the start, so what is put in them is heard. */
export function Said({ said }: { said: SaidText }) {
  return (
    <>
      <div role="status" class="said">
        {said && !said.problem ? said.text : ''}
      </div>
      <div role="alert" class="error">
        {said?.problem ? said.text : ''}
      </div>
    </>
  );
}
