/**
 * What the library keeps, and the reader's say over it: how much it takes, how long
 * releases are kept, export and import of the whole library as one JSON file (merged by
 * release key), and deleting everything. Every failure is said in words; a file that is
 * refused changes nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { libraryFile, parseLibraryFile } from '../../core/library/library-file.js';
import type { LibraryEntry } from '../../core/library/record.js';
import { describeBytes, type ExtensionStorage } from '../../storage/index.js';
import type { Library } from '../../storage/library/library.js';
import { DEFAULT_LIBRARY_PREFS, LIBRARY_PREFS, retentionCutoff } from '../../storage/library/prefs.js';
import { download } from '../../ui/download.js';
import { useStoredSetting } from '../../ui/use-stored-setting.js';
import { RecordingSwitch } from '../settings/RecordingSwitch.js';
import { errorText } from '../../core/error-text.js';

const KEEP_OPTIONS: Array<[string, string]> = [
  ['', 'Keep everything'],
  ['3', 'The last 3 months'],
  ['6', 'The last 6 months'],
  ['12', 'The last 12 months'],
  ['24', 'The last 2 years'],
  ['60', 'The last 5 years'],
];

interface Props {
  library: Library;
  entries: LibraryEntry[];
  store: ExtensionStorage;
  changed(message: string): void;
}

function useEstimate(entries: LibraryEntry[]): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate, () => setEstimate(null));
  }, [entries]);
  return estimate;
}

export function Manage({ library, entries, store, changed: announce }: Props) {
  const [prefs, savePrefs] = useStoredSetting(store, LIBRARY_PREFS, DEFAULT_LIBRARY_PREFS);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const changed = (message: string): void => {
    setDone(message);
    announce(message);
  };
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const estimate = useEstimate(entries);
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const report = (e: unknown): void => setError(errorText(e));

  const keep = (value: string): void => {
    const keepMonths = value ? Number(value) : null;
    void (async () => {
      await savePrefs({ ...prefs, keepMonths });
      const cutoff = retentionCutoff({ keepMonths }, new Date());
      const removed = cutoff ? await library.removeReadBefore(cutoff) : 0;
      setError('');
      changed(removed ? `Kept ${KEEP_OPTIONS.find(([v]) => v === value)?.[1].toLowerCase()}: ${removed} older releases deleted.` : 'Saved.');
    })().catch(report);
  };
  const exportAll = (): void => {
    void library.exportReleases().then(({ items, unreadable }) => {
      const now = new Date();
      download(`release-lens-library-${now.toISOString().slice(0, 10)}.json`, 'application/json', JSON.stringify(libraryFile(items, now)));
      changed(`Exported ${items.length} releases${unreadable ? ` (${unreadable} that could not be read were left out)` : ''}.`);
    }, report);
  };
  const importFile = (chosen: File | undefined): void => {
    if (!chosen) return;
    void (async () => {
      const parsed = parseLibraryFile(await chosen.text());
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      const result = await library.importFile(parsed.file);
      setError('');
      changed(`Imported ${chosen.name}: ${result.added} added, ${result.updated} updated, ${result.unchanged} already here.`);
    })()
      .catch(report)
      .finally(() => {
        if (file.current) file.current.value = '';
      });
  };
  const deleteAll = (): void => {
    void library.clear().then(() => {
      setConfirming(false);
      changed('The library is empty.');
    }, report);
  };

  return (
    <section aria-labelledby="manage-heading">
      <h1 id="manage-heading">Manage the library</h1>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {done && !error && (
        <p class="notice" data-library="done">
          {done}
        </p>
      )}
      <h2>Recording</h2>
      <RecordingSwitch store={store} linked={false} />
      <h2>Storage</h2>
      <p data-library="usage">
        {entries.length === 1 ? '1 release' : `${entries.length} releases`}, about {describeBytes(bytes)}
        {entries.length ? ` (${describeBytes(Math.round(bytes / entries.length))} a release)` : ''}.
        {estimate?.usage !== undefined && ` Release Lens uses ${describeBytes(estimate.usage)} of this browser’s storage in all.`}
      </p>
      <label class="choice">
        Keep releases read in
        <select value={prefs.keepMonths === null ? '' : String(prefs.keepMonths)} onChange={(e) => keep(e.currentTarget.value)}>
          {KEEP_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <h2>Export and import</h2>
      <p class="meta">One JSON file with every release, its text and its findings. Importing merges by release: the later reading of a release wins.</p>
      <div class="row">
        <button type="button" onClick={exportAll} disabled={entries.length === 0}>
          Export library
        </button>
        <label>
          Import a library file <input ref={file} type="file" accept="application/json,.json" onChange={(e) => importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <h2>Delete</h2>
      {confirming ? (
        <div class="row" role="group" aria-label="Confirm deleting the library">
          <span>Delete all {entries.length} releases from the library? This cannot be undone.</span>
          <button type="button" onClick={deleteAll}>
            Delete everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} disabled={entries.length === 0}>
          Delete all releases…
        </button>
      )}
    </section>
  );
}
