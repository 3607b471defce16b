/** What Release Lens stores, exporting all of it, and deleting all of it (after a confirmation). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeBytes, type AreaUsage, type ExtensionStorage, type SetAside } from '../../storage/index.js';
import { download } from '../../ui/download.js';
import { errorText } from '../../core/error-text.js';

export function Data({ store, onDeleted, say }: { store: ExtensionStorage; onDeleted(): void; say(message: string): void }) {
  const [usage, setUsage] = useState<Record<'local' | 'sync', AreaUsage> | null>(null);
  const [aside, setAside] = useState<SetAside[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const refresh = async (): Promise<void> => {
    setUsage(await store.usage());
    setAside(await store.setAsideItems());
  };
  useEffect(() => void refresh().catch((e: unknown) => setError(String(e))), []);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const exportAll = async (): Promise<void> => {
    const data = await store.exportAll();
    download(`release-lens-data-${data.exportedAt.slice(0, 10)}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
    say('Everything Release Lens stores was exported.');
  };
  const deleteAll = async (): Promise<void> => {
    try {
      await store.deleteAll();
      setConfirming(false);
      await refresh();
      onDeleted();
      say('Everything Release Lens stored was deleted.');
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      {usage ? (
        <p data-usage>
          Stored on this device: {describeBytes(usage.local.bytes)} of {describeBytes(usage.local.total)}. Synced settings: {describeBytes(usage.sync.bytes)} of{' '}
          {describeBytes(usage.sync.total)}.
          {usage.local.nearlyFull && <strong> Storage is nearly full: export and delete what you no longer need.</strong>}
        </p>
      ) : (
        <p aria-busy="true">Measuring…</p>
      )}
      {aside.length > 0 && (
        <p role="alert">
          {aside.length} saved {aside.length === 1 ? 'item' : 'items'} could not be read and {aside.length === 1 ? 'was' : 'were'} set aside; they are included in the export:{' '}
          {aside.map((a) => `${a.key} (${a.reason})`).join('; ')}.
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <p>
        <button type="button" onClick={() => void exportAll().catch((e: unknown) => setError(String(e)))}>
          Export everything (JSON)
        </button>{' '}
        <button type="button" aria-expanded={confirming} aria-controls="delete-confirm" onClick={() => setConfirming(true)}>
          Delete everything…
        </button>
      </p>
      {confirming && (
        <div id="delete-confirm" role="group" aria-labelledby="delete-confirm-text" class="notice">
          <p id="delete-confirm-text">
            Delete all settings, your acronyms, known and learned acronyms, and anything set aside? This cannot be undone; export first to keep a copy.
          </p>
          <button ref={confirmRef} type="button" onClick={() => void deleteAll()}>
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
