/**
 * The library page: the releases read, searchable; a page per person, acronym,
 * organization and place; the series of figures; and managing what is kept. Wiring
 * only: each view is a component, the data comes from useLibrary. Everything from a
 * release is rendered as text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryEntry } from '../core/library/record.js';
import { useAnnouncer } from '../ui/announcer.js';
import type { ExtensionStorage } from '../storage/index.js';
import { parseRoute, type Route } from './route.js';
import { useLibrary } from './use-library.js';
import { Entities } from './views/Entities.js';
import { Entity } from './views/Entity.js';
import { Manage } from './views/Manage.js';
import { Releases } from './views/Releases.js';
import { SeriesList } from './views/SeriesList.js';
import { SeriesView } from './views/SeriesView.js';
import { errorText } from '../core/error-text.js';

const NAV: Array<[string, string, Route['view'][]]> = [
  ['#/', 'Releases', ['releases']],
  ['#/entities/person', 'People, acronyms, places', ['entities', 'entity']],
  ['#/series', 'Series', ['series']],
  ['#/manage', 'Manage', ['manage']],
];

function useRoute(): [Route, (hash: string, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = (hash: string, replace = false): void => {
    if (replace) {
      history.replaceState(null, '', hash);
      setRoute(parseRoute(hash));
    } else {
      location.hash = hash;
    }
  };
  return [route, navigate];
}

export function App({ store }: { store: ExtensionStorage }) {
  const state = useLibrary();
  const [route, navigate] = useRoute();
  const [announcement, announce] = useAnnouncer();
  const [error, setError] = useState('');

  useEffect(() => {
    // A release read in another tab shows up when the reader comes back to this one.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible' && state.status === 'ready') state.reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [state]);

  const header = (
    <header class="library-header">
      <p class="brand">Release Lens · Library</p>
      <nav aria-label="Library">
        <ul>
          {NAV.map(([href, label, views]) => (
            <li key={href}>
              <a href={href} aria-current={views.includes(route.view) ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
  const live = (
    <div class="visually-hidden" aria-live="polite" role="status">
      {announcement}
    </div>
  );
  // While only the newest releases are read, only the plain list can be shown true.
  const partial = state.status === 'ready' && !state.complete && !(route.view === 'releases' && !route.query && Object.keys(route.filters).length === 0);
  if (state.status !== 'ready' || partial) {
    return (
      <>
        {header}
        <main class="state" aria-busy={state.status !== 'error'}>
          {state.status === 'error' ? <p role="alert">{state.message}</p> : <p class="loading">Opening the library…</p>}
        </main>
      </>
    );
  }
  const forget = (entry: LibraryEntry): void => {
    state.library.remove(entry.key).then(
      () => {
        announce(`Forgot “${entry.title}”.`);
        state.reload();
      },
      (e: unknown) => setError(errorText(e)),
    );
  };

  return (
    <>
      {header}
      <main class="library">
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        {state.unreadable > 0 && (
          <p class="notice" role="status">
            {state.unreadable === 1 ? 'One stored release could not be read' : `${state.unreadable} stored releases could not be read`} (damaged, or written by a newer Release Lens); they are kept as they are and left out here.
          </p>
        )}
        {route.view === 'releases' && (
          <Releases library={state.library} entries={state.entries} total={state.total} index={state.index} query={route.query} filters={route.filters} onForget={forget} navigate={navigate} />
        )}
        {route.view === 'entities' && <Entities entries={state.entries} kind={route.kind} />}
        {route.view === 'entity' && <Entity library={state.library} entries={state.entries} kind={route.kind} entityKey={route.key} />}
        {route.view === 'series' && (route.key ? <SeriesView library={state.library} entries={state.entries} seriesKey={route.key} /> : <SeriesList entries={state.entries} />)}
        {route.view === 'manage' && (
          <Manage
            library={state.library}
            entries={state.entries}
            store={store}
            changed={(message) => {
              announce(message);
              state.reload();
            }}
          />
        )}
        {live}
      </main>
    </>
  );
}
