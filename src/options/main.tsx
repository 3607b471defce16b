/** The options page: which categories are highlighted by default. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ANNOTATION_KINDS, type AnnotationKind } from '../core/model.js';
import { openStorage } from '../storage/index.js';
import { loadSettings, saveKindSetting, type Settings } from '../storage/settings.js';
import { Sites } from './sections/Sites.js';

const store = openStorage();

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    loadSettings(store).then(setSettings, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <main><p role="alert">Settings could not be read: {error}</p></main>;
  if (!settings) return <main aria-busy="true">Loading settings…</main>;
  const toggle = (kind: AnnotationKind, shown: boolean): void => {
    const style = { ...settings.kinds[kind], visible: shown };
    const others = settings.hiddenKinds.filter((k) => k !== kind);
    setSettings({ ...settings, kinds: { ...settings.kinds, [kind]: style }, hiddenKinds: shown ? others : [...others, kind] });
    saveKindSetting(store, kind, style).catch((e: unknown) => setError(String(e)));
  };
  return (
    <main>
      <h1>Release Lens settings</h1>
      <fieldset>
        <legend>Highlight these categories</legend>
        {ANNOTATION_KINDS.map((kind) => (
          <label key={kind} style={{ display: 'block' }}>
            <input
              type="checkbox"
              checked={!settings.hiddenKinds.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />{' '}
            {kind}
          </label>
        ))}
      </fieldset>
      <Sites />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
