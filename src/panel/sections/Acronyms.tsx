/** Acronyms: each with its expansion, where it came from and how often it occurs. */
import type { Annotation } from '../../core/model.js';
import type { Reveal } from './types.js';

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

export function Acronyms({ annotations, reveal }: { annotations: Annotation[]; reveal: Reveal }) {
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
