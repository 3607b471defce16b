/**
 * The options page: categories, shortcuts, the user's acronyms, known acronyms and data
 * management, and the sites Release Lens is turned on for. Wiring only; each part is a
 * section component.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationKind } from '../core/model.js';
import { useAnnouncer } from '../ui/announcer.js';
import { CUSTOM, KNOWN, type CustomAcronym, type KnownAcronym } from '../storage/acronyms.js';
import { watchRecords, type ExtensionStorage, type Problem } from '../storage/index.js';
import type { KindStyle } from '../core/reading/kind-style.js';
import { loadSettings, saveKindSetting, savePreferences, type Settings } from '../storage/settings.js';
import { Categories } from './sections/Categories.js';
import { CustomAcronyms } from './sections/CustomAcronyms.js';
import { Data } from './sections/Data.js';
import { KnownAcronyms } from './sections/KnownAcronyms.js';
import { Sites } from './sections/Sites.js';
import { RecordingSwitch } from '../library/settings/RecordingSwitch.js';
import { errorText } from '../core/error-text.js';

interface Loaded {
  settings: Settings;
  custom: CustomAcronym[];
  known: KnownAcronym[];
  problems: Problem[];
}

async function loadAll(store: ExtensionStorage): Promise<Loaded> {
  const settings = await loadSettings(store);
  const custom = await store.getRecords(CUSTOM);
  const known = await store.getRecords(KNOWN);
  const byAbbr = (a: { abbr: string }, b: { abbr: string }): number => a.abbr.localeCompare(b.abbr);
  return {
    settings,
    custom: custom.records.sort(byAbbr),
    known: known.records.sort(byAbbr),
    problems: [...settings.problems, ...custom.problems, ...known.problems],
  };
}

export function OptionsApp({ store }: { store: ExtensionStorage }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [announcement, say] = useAnnouncer();
  const reload = (): void => void loadAll(store).then(setLoaded, (e: unknown) => setError(errorText(e)));

  useEffect(() => {
    reload();
    const controller = new AbortController();
    watchRecords(CUSTOM, reload, controller.signal);
    watchRecords(KNOWN, reload, controller.signal);
    return () => controller.abort();
  }, []);

  const live = (
    <div class="visually-hidden" aria-live="polite" role="status">
      {announcement}
    </div>
  );
  if (!loaded) {
    return (
      <main aria-busy={!error}>
        <h1>Release Lens settings</h1>
        {error ? <p role="alert">Settings could not be read: {error}</p> : <p class="loading">Loading settings…</p>}
        {live}
      </main>
    );
  }
  const report = (e: unknown): void => setError(errorText(e));
  const saveKind = (kind: AnnotationKind, style: KindStyle): void => {
    setLoaded({ ...loaded, settings: { ...loaded.settings, kinds: { ...loaded.settings.kinds, [kind]: style } } });
    saveKindSetting(store, kind, style).then(() => setError(''), report);
  };
  const { preferences } = loaded.settings;

  return (
    <main>
      <h1>Release Lens settings</h1>
      {error && <p role="alert">{error}</p>}
      {loaded.problems.length > 0 && (
        <p role="alert">
          Some saved settings could not be read and were set aside (see Your data): {loaded.problems.map((p) => `${p.key} — ${p.reason}`).join('; ')}.
        </p>
      )}
      <Categories kinds={loaded.settings.kinds} save={saveKind} />
      <Sites />
      <section aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard</h2>
        <label>
          <input
            type="checkbox"
            checked={preferences.shortcuts}
            onChange={(e) => {
              const next = { ...preferences, shortcuts: e.currentTarget.checked };
              setLoaded({ ...loaded, settings: { ...loaded.settings, preferences: next } });
              savePreferences(store, next).catch(report);
            }}
          />{' '}
          Single-key shortcuts in the side panel (/ for the filter, j and k between items)
        </label>
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Library of releases</h2>
        <RecordingSwitch store={store} />
      </section>
      <CustomAcronyms
        acronyms={loaded.custom}
        save={(a) => store.putRecord(CUSTOM, a)}
        remove={(abbr) => store.deleteRecord(CUSTOM, abbr)}
        say={say}
      />
      <KnownAcronyms
        known={loaded.known}
        forget={(abbr) => void store.deleteRecord(KNOWN, abbr).then(() => say(`${abbr} will be highlighted again.`), report)}
      />
      <Data store={store} onDeleted={reload} say={say} />
      {live}
    </main>
  );
}
