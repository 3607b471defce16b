/** The side panel: the release at a glance. Page data is only ever rendered as text. */
import type { PanelToContent } from '../messages/protocol.js';
import { Acronyms } from './sections/Acronyms.js';
import { Facts } from './sections/Facts.js';
import { Figures } from './sections/Figures.js';
import { Insights } from './sections/Insights.js';
import { Release } from './sections/Release.js';
import type { Reveal } from './sections/types.js';
import type { TabTarget } from './tab.js';
import { useSnapshot } from './use-snapshot.js';
import { TurnOnForSite } from '../sites/TurnOnForSite.js';

export function App({ tabId }: { tabId: TabTarget }) {
  const [state, request] = useSnapshot(tabId);
  const send = (message: PanelToContent): void => void request(message);
  if (state.status === 'loading') return <main aria-busy="true">Reading the page…</main>;
  if (state.status === 'no-page') {
    return (
      <main>
        {state.reason}
        <TurnOnForSite target={tabId} />
      </main>
    );
  }
  const { snapshot } = state;
  if (snapshot.state !== 'ready') {
    return (
      <main>
        <h1>Not a press release</h1>
        <p>{snapshot.release.reasons.join('; ')}.</p>
      </main>
    );
  }
  const reveal: Reveal = (id) => send({ type: 'reveal', id });
  return (
    <main>
      <Release snapshot={snapshot} />
      <Acronyms annotations={snapshot.annotations} reveal={reveal} />
      <Figures annotations={snapshot.annotations} reveal={reveal} />
      <Insights snapshot={snapshot} reveal={reveal} />
      <Facts snapshot={snapshot} tabId={state.tabId} />
    </main>
  );
}
