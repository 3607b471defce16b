/** Tells the reader when saved data could not be read (and was set aside), or storage is nearly full. */
import { useEffect, useState } from 'preact/hooks';
import { openOptionsPage } from '../../platform/tabs.js';
import { describeBytes, type ExtensionStorage, type Problem } from '../../storage/index.js';

export function StorageNotice({ store, problems, error }: { store: ExtensionStorage; problems: Problem[]; error: string }) {
  const [nearlyFull, setNearlyFull] = useState('');
  useEffect(() => {
    store
      .usage()
      .then(({ local }) => setNearlyFull(local.nearlyFull ? `Release Lens storage is nearly full (${describeBytes(local.bytes)} of ${describeBytes(local.total)}).` : ''))
      .catch(() => setNearlyFull(''));
  }, [problems.length, error]);
  if (!problems.length && !nearlyFull && !error) return null;
  return (
    <div class="notice" role="alert">
      {error && <p>{error}</p>}
      {problems.length > 0 && (
        <p>
          {problems.length === 1 ? 'One saved item' : `${problems.length} saved items`} could not be read and {problems.length === 1 ? 'was' : 'were'} set aside
          (kept, not used): {problems.map((p) => `${p.key} — ${p.reason}`).join('; ')}.
        </p>
      )}
      {nearlyFull && <p>{nearlyFull}</p>}
      <p>
        <button type="button" class="link" onClick={() => void openOptionsPage()}>
          Export or delete data in the settings
        </button>
      </p>
    </div>
  );
}
