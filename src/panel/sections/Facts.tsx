/**
 * The reader's facts for this release: each with its note and tags to edit, the ones
 * the page no longer holds listed as not found (quote and context, still exportable),
 * export of this release's or every release's facts, and import of a JSON export.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, exportFileName, FORMATS, type ExportFormat } from '../../core/export/index.js';
import { fromJson } from '../../core/export/json.js';
import { toTsv } from '../../core/export/tsv.js';
import type { Fact } from '../../core/facts.js';
import type { PanelToContent } from '../../messages/calls.js';
import type { PanelLink } from '../../messages/links.js';
import type { Snapshot } from '../../messages/protocol.js';
import type { CallName, RequestOf } from '../../messages/rpc.js';
import { FACTS, importFacts, loadFacts } from '../../storage/facts.js';
import type { ExtensionStorage } from '../../storage/index.js';
import { download } from '../../ui/download.js';
import { copyText } from '../../ui/clipboard.js';
import type { FactsHandle } from '../facts/use-facts.js';
import { FactItem, NotFoundItem } from './FactItem.js';
import { errorText } from '../../core/error-text.js';

type Notice = { text: string; undo?: () => void } | null;

export function Facts({ snapshot, tabId, store, link, state }: { snapshot: Snapshot; tabId: number; store: ExtensionStorage; link: PanelLink; state: FactsHandle }) {
  const { facts, notFound, problems, total } = state;
  const [scope, setScope] = useState<'release' | 'all'>('release');
  const [notice, setNotice] = useState<Notice>(null);
  const placed = facts.filter((f) => !notFound.has(f.id));
  const missing = facts.filter((f) => notFound.has(f.id));

  const onDeleted = (fact: Fact): void =>
    setNotice({ text: 'Fact deleted.', undo: () => void store.putRecord(FACTS, fact).then(() => setNotice(null)) });
  // What the page refuses is said; a page that cannot be reached has nothing to say.
  const toPage = async <K extends CallName<PanelToContent>>(name: K, request: RequestOf<PanelToContent, K>): Promise<void> => {
    const reply = await link.tab(tabId).call(name, request);
    if (!reply.ok && reply.reason === 'refused') setNotice({ text: reply.error });
  };
  const chosen = async (): Promise<Fact[]> => (scope === 'all' ? (await loadFacts(store)).records : facts);
  const fileScope = scope === 'all' ? ('all' as const) : { title: snapshot.release.title };
  const nothing = (scope === 'all' ? total : facts.length) === 0;

  const exportAs = async (format: ExportFormat): Promise<void> => {
    const list = await chosen();
    const now = new Date();
    download(exportFileName(format, fileScope, now), FORMATS[format].mime, FORMATS[format].render(list, now), { byteOrderMark: format === 'csv' });
    setNotice({ text: `Exported ${list.length} ${list.length === 1 ? 'fact' : 'facts'} as ${FORMATS[format].label}.` });
  };
  const copyTable = async (): Promise<void> => {
    const list = await chosen();
    await copyText(toTsv(list)).then(
      () => setNotice({ text: `Copied ${list.length} ${list.length === 1 ? 'fact' : 'facts'} for a spreadsheet.` }),
      (e: unknown) => setNotice({ text: `Could not copy: ${errorText(e)}` }),
    );
  };
  const importFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const read = fromJson(await file.text());
    if (!read.ok) return setNotice({ text: `Not imported: ${read.error}.` });
    try {
      const s = await importFacts(store, read.facts);
      const bad = read.rejected.length ? ` ${read.rejected.length} could not be read (${read.rejected.slice(0, 3).map((r) => `#${r.index}: ${r.reason}`).join('; ')}).` : '';
      setNotice({ text: `Imported ${s.added} new, ${s.updated} updated, ${s.unchanged} already here.${bad}` });
    } catch (e) {
      setNotice({ text: `Import stopped: ${errorText(e)}` });
    }
  };

  return (
    <section aria-labelledby="facts-heading" data-section="facts">
      <h2 id="facts-heading">Facts ({facts.length})</h2>
      {facts.length === 0 && <p class="meta">Select a passage and choose “Save as fact” (Alt+Shift+F), pin a highlight from its card, or pin an insight above.</p>}
      <ul data-list="placed">
        {placed.map((f) => (
          // Note and tags are drafts until they lose focus: a save elsewhere re-renders the
          // list, which must not reset them. An edit of this very fact elsewhere remounts it.
          <FactItem key={`${f.id}@${f.updated}`} fact={f} store={store} onDeleted={onDeleted} show={() => void toPage('facts-reveal', { id: f.id })} />
        ))}
      </ul>
      {missing.length > 0 && (
        <>
          <h3>Not found on the page ({missing.length})</h3>
          <ul data-list="not-found">
            {missing.map((f) => (
              <NotFoundItem key={f.id} fact={f} store={store} onDeleted={onDeleted} />
            ))}
          </ul>
        </>
      )}
      {problems.length > 0 && <div role="alert" class="error">Some stored facts could not be read and were set aside: {problems.join('; ')}</div>}
      <div class="export" role="group" aria-label="Export facts">
        <label>
          Export{' '}
          <select name="scope" value={scope} onChange={(e) => setScope(e.currentTarget.value === 'all' ? 'all' : 'release')}>
            <option value="release">this release</option>
            <option value="all">every release</option>
          </select>
        </label>
        {EXPORT_FORMATS.map((format) => (
          <button key={format} data-format={format} disabled={nothing} aria-describedby={nothing ? 'export-nothing' : undefined} onClick={() => void exportAs(format)}>
            {FORMATS[format].label}
          </button>
        ))}
        <button data-action="copy" disabled={nothing} aria-describedby={nothing ? 'export-nothing' : undefined} onClick={() => void copyTable()}>
          Copy for a spreadsheet
        </button>
        {nothing && (
          <p class="meta" id="export-nothing">
            Nothing to export yet: {scope === 'all' ? 'no release has' : 'this release has'} no facts.
          </p>
        )}
        <label class="import">
          Import JSON <input type="file" name="import" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {notice && (
        <div role="status" class="notice">
          {notice.text} {notice.undo && <button onClick={notice.undo}>Undo</button>}
        </div>
      )}
    </section>
  );
}
