/** The side panel: the release at a glance. Page data is only ever rendered as text. */
import type { Annotation, AnnotationOf } from '../core/model.js';
import type { PanelToContent, Snapshot } from '../messages/protocol.js';
import type { TabTarget } from './tab.js';
import { useSnapshot } from './use-snapshot.js';

interface AcronymRow {
  short: string;
  expansion: string;
  source: string;
  count: number;
  firstId: string;
}

function acronymRows(annotations: Annotation[]): AcronymRow[] {
  const rows = new Map<string, AcronymRow>();
  for (const a of annotations) {
    if (a.kind !== 'acronym') continue;
    const row = rows.get(a.text);
    if (row) row.count++;
    else rows.set(a.text, { short: a.text, expansion: a.expansion ?? '', source: a.source ?? '', count: 1, firstId: a.id });
  }
  return [...rows.values()];
}

type Reveal = (id: string) => void;

function Release({ snapshot }: { snapshot: Snapshot }) {
  const { release } = snapshot;
  return (
    <header>
      <h1>{release.title}</h1>
      <div class="meta">
        {[release.agency, release.published].filter(Boolean).join(' · ')}
      </div>
    </header>
  );
}

function Acronyms({ annotations, reveal }: { annotations: Annotation[]; reveal: Reveal }) {
  const rows = acronymRows(annotations);
  return (
    <section aria-labelledby="acronyms-heading">
      <h2 id="acronyms-heading">Acronyms ({rows.length})</h2>
      <ul data-section="acronyms">
        {rows.map((row) => (
          <li key={row.short}>
            <button class="item" onClick={() => reveal(row.firstId)}>
              <span class="term">{row.short}</span> {row.expansion}
              <div class="meta">
                {row.source === 'page' ? 'defined on this page' : row.source} · {row.count}×
              </div>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Figures({ annotations, reveal }: { annotations: Annotation[]; reveal: Reveal }) {
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

function Insights({ snapshot, reveal }: { snapshot: Snapshot; reveal: Reveal }) {
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

export function App({ tabId }: { tabId: TabTarget }) {
  const [state, request] = useSnapshot(tabId);
  const send = (message: PanelToContent): void => void request(message);
  if (state.status === 'loading') return <main aria-busy="true">Reading the page…</main>;
  if (state.status === 'no-page') return <main>{state.reason}</main>;
  const { snapshot } = state;
  if (snapshot.state !== 'ready') {
    return (
      <main>
        <h1>Not a press release</h1>
        <p>{snapshot.release.reasons.join('; ')}.</p>
      </main>
    );
  }
  const reveal: Reveal = (id) => send({ type: 'reveal', id });
  return (
    <main>
      <Release snapshot={snapshot} />
      <Acronyms annotations={snapshot.annotations} reveal={reveal} />
      <Figures annotations={snapshot.annotations} reveal={reveal} />
      <Insights snapshot={snapshot} reveal={reveal} />
    </main>
  );
}
