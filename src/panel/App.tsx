/**
 * The side panel: the release at a glance. Wiring only: state comes from the hooks, each
 * list is a section component. Page data is only ever rendered as text.
 */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { KINDS } from '../core/kinds.js';
import type { AnnotationKind } from '../core/model.js';
import { itemCounts } from '../core/reading/mentions.js';
import type { PanelLink } from '../messages/links.js';
import type { ExtensionStorage } from '../storage/index.js';
import { useAnnouncer } from '../ui/announcer.js';
import { useStoredSetting } from '../ui/use-stored-setting.js';
import { DEFAULT_PREFERENCES, PREFERENCES } from '../storage/settings.js';
import { releaseKey } from '../core/release-key.js';
import { useFacts } from './facts/use-facts.js';
import { anythingMatches } from './filter.js';
import { Acronyms } from './sections/Acronyms.js';
import { Facts } from './sections/Facts.js';
import { CategoryToggles } from './sections/CategoryToggles.js';
import { Entities } from './sections/Entities.js';
import { Insights } from './sections/Insights.js';
import { NotARelease } from './sections/NotARelease.js';
import { Release } from './sections/Release.js';
import { StorageNotice } from './sections/StorageNotice.js';
import type { ListProps } from './sections/types.js';
import type { TabTarget } from './tab.js';
import { useAcronymMemory } from './use-acronym-memory.js';
import { useKindStyles } from './use-kind-styles.js';
import { SHORTCUTS, useShortcuts } from './use-shortcuts.js';
import { useSnapshot } from './use-snapshot.js';
import { TurnOnForSite } from './sections/TurnOnForSite.js';
import { RecordingSwitch } from '../library/settings/RecordingSwitch.js';
import { errorText } from '../core/error-text.js';

export function App({ tabId, store, link }: { tabId: TabTarget; store: ExtensionStorage; link: PanelLink }) {
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState('');
  const [writeError, setWriteError] = useState('');
  const [announcement, announce] = useAnnouncer();
  const filterRef = useRef<HTMLInputElement>(null);
  const { state, request, retry } = useSnapshot(tabId, link, setSelectedId);
  const memory = useAcronymMemory(store);
  const [preferences, savePreferences] = useStoredSetting(store, PREFERENCES, DEFAULT_PREFERENCES);
  const kindStyles = useKindStyles(store);
  useShortcuts(preferences.shortcuts, () => filterRef.current?.focus());
  // Facts follow the release the panel shows; before it is read, nobody's.
  const ready = state.status === 'ready' ? state : null;
  const facts = useFacts(store, link, ready?.tabId ?? -1, ready ? releaseKey(ready.snapshot.release.url) : '');

  const live = (
    <div class="visually-hidden" aria-live="polite" role="status">
      {announcement}
    </div>
  );
  if (state.status === 'loading') {
    return (
      <main aria-busy="true" class="state">
        <p class="loading">Reading the page…</p>
        {live}
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main class="state">
        <h1>Release Lens could not read this page</h1>
        <p role="alert">{state.message}</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
        {live}
      </main>
    );
  }
  if (state.status === 'no-page') {
    return (
      <main>
        <NotARelease reasons={[state.reason]} runsHere={false} {...(state.url ? { url: state.url } : {})} />
        <TurnOnForSite target={tabId} />
        {live}
      </main>
    );
  }
  const { snapshot } = state;
  if (snapshot.state === 'off') {
    return (
      <main class="state">
        <h1>Release Lens is off for this page</h1>
        <p>You turned it off here: the page is as it was served, until you reload it or turn Release Lens on again.</p>
        <button type="button" onClick={() => void request('set-enabled', { enabled: true })}>
          Turn Release Lens on again
        </button>
        {live}
      </main>
    );
  }
  if (snapshot.state !== 'ready') {
    return (
      <main>
        <NotARelease reasons={snapshot.release.reasons} url={snapshot.release.url} runsHere />
        {live}
      </main>
    );
  }

  const list: ListProps = {
    filter,
    selectedId,
    reveal: (id) => {
      setSelectedId(id);
      void request('reveal', { id });
    },
  };
  const setVisible = (kind: AnnotationKind, visible: boolean): void => {
    void request('set-kind-visible', { kind, visible });
    announce(`${KINDS[kind].plural} ${visible ? 'highlighted' : 'no longer highlighted'} in the page.`);
  };
  const setKnown = (abbr: string, known: boolean): void => {
    memory.setKnown(abbr, known).then(
      () => {
        setWriteError('');
        announce(known ? `${abbr} marked as known: its highlights are hidden.` : `${abbr} highlighted again.`);
      },
      (e: unknown) => setWriteError(errorText(e)),
    );
  };
  const onFilter = (value: string): void => {
    setFilter(value);
    announce(value ? `Filtering for “${value}”.` : 'Filter cleared.');
  };

  const entityLists: Array<[id: string, title: string, kinds: AnnotationKind[]]> = [
    ['people', 'People', ['person']],
    ['figures', 'Figures', ['money', 'percent', 'quantity']],
    ['organizations', 'Organizations', ['organization']],
    ['places', 'Places', ['place']],
    ['documents', 'Documents', ['document']],
    ['dates', 'Dates', ['date', 'year']],
    ['contacts', 'Contacts', ['phone', 'email']],
  ];
  const nothingMatches = filter !== '' && !anythingMatches(snapshot, filter);

  return (
    <main>
      <Toolbar filter={filter} onFilter={onFilter} filterRef={filterRef} />
      <StorageNotice store={store} problems={memory.problems} error={writeError} />
      <Release snapshot={snapshot} />
      {snapshot.omitted && (
        <p class="notice" role="status">
          A very long page: these lists show its first {snapshot.annotations.length.toLocaleString('en-US')} findings. {snapshot.omitted.annotations.toLocaleString('en-US')} more are highlighted in the page.
        </p>
      )}
      {nothingMatches && <p class="empty">Nothing on this page matches “{filter}”.</p>}
      <Insights snapshot={snapshot} reveal={list.reveal} filter={filter} facts={facts} />
      <CategoryToggles counts={snapshot.counts ?? itemCounts(snapshot.annotations)} hidden={snapshot.hiddenKinds} styles={kindStyles} setVisible={setVisible} />
      <Acronyms {...list} annotations={snapshot.annotations} known={memory.known} learned={memory.learned} setKnown={setKnown} />
      {entityLists.map(([id, title, kinds]) => (
        <Entities key={id} {...list} id={id} title={title} kinds={kinds} annotations={snapshot.annotations} />
      ))}
      <Facts snapshot={snapshot} tabId={state.tabId} store={store} link={link} state={facts} />
      <footer>
        <label>
          <input
            type="checkbox"
            checked={preferences.shortcuts}
            onChange={(e) => void savePreferences({ ...preferences, shortcuts: e.currentTarget.checked }).catch((err: unknown) => setWriteError(String(err)))}
          />{' '}
          Keyboard shortcuts
        </label>
        {preferences.shortcuts && (
          <p class="meta" id="shortcut-help">
            {SHORTCUTS.map(([key, does]) => `${key}: ${does}`).join(' · ')}
          </p>
        )}
        <RecordingSwitch store={store} url={snapshot.release.url} />
      </footer>
      {live}
    </main>
  );
}

interface ToolbarProps {
  filter: string;
  onFilter(value: string): void;
  filterRef: RefObject<HTMLInputElement | null>;
}

/** One slim line that stays at the top: the filter, which narrows every section, insights included. */
function Toolbar({ filter, onFilter, filterRef }: ToolbarProps) {
  return (
    <div class="toolbar">
      <label class="filter">
        Filter
        <input
          ref={filterRef}
          type="search"
          value={filter}
          placeholder="Acronym, name, figure…"
          onInput={(e) => onFilter(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter) {
              e.preventDefault();
              onFilter('');
            }
          }}
        />
      </label>
    </div>
  );
}
