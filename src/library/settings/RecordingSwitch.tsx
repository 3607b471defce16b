/**
 * The switch that turns recording releases into the library on or off — everywhere and,
 * beside a release, for its site — with a way into the library. In the panel and on the
 * options page.
 */
import { useState } from 'preact/hooks';
import type { ExtensionStorage } from '../../storage/index.js';
import { DEFAULT_LIBRARY_PREFS, LIBRARY_PREFS, siteOf } from '../../storage/library/prefs.js';
import { useStoredSetting } from '../../ui/use-stored-setting.js';
import { openLibrary } from '../open-library.js';
import { errorText } from '../../core/error-text.js';

/** `url`: the release beside it, to offer its site's switch; `linked`: whether to offer the way into the library. */
export function RecordingSwitch({ store, url, linked = true }: { store: ExtensionStorage; url?: string; linked?: boolean }) {
  const [prefs, save] = useStoredSetting(store, LIBRARY_PREFS, DEFAULT_LIBRARY_PREFS);
  const [error, setError] = useState('');
  const site = url ? siteOf(url) : '';
  const report = (e: unknown): void => setError(errorText(e));
  const setSite = (on: boolean): void => {
    const offSites = prefs.offSites.filter((s) => s !== site);
    save({ ...prefs, offSites: on ? offSites : [...offSites, site] }).then(() => setError(''), report);
  };
  return (
    <div class="recording" data-library="recording">
      <label>
        <input type="checkbox" checked={prefs.recording} onChange={(e) => void save({ ...prefs, recording: e.currentTarget.checked }).then(() => setError(''), report)} /> Keep the
        releases I read in my library
      </label>
      {site && prefs.recording && (
        <label>
          <input type="checkbox" checked={!prefs.offSites.includes(site)} onChange={(e) => setSite(e.currentTarget.checked)} /> …on {site}
        </label>
      )}
      {!url && prefs.offSites.length > 0 && (
        <p class="meta">
          Not kept on: {prefs.offSites.join(', ')}.{' '}
          <button type="button" class="link" onClick={() => void save({ ...prefs, offSites: [] }).catch(report)}>
            Keep them everywhere
          </button>
        </p>
      )}
      {linked && (
        <p>
          <button type="button" class="link" onClick={() => void openLibrary().catch(report)}>
            Open the library
          </button>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
