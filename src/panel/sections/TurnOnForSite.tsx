/**
 * "Turn on Release Lens for this site", for a page it does not run on. Shown only when
 * the panel can see the page's address and the site is one a runtime permission can
 * cover; the permission prompt is the browser's own, inside the user's click.
 */
import { useEffect, useState } from 'preact/hooks';
import { tabs } from '../../platform/tabs.js';
import { currentTabId, type TabTarget } from '../tab.js';
import { hostOfPattern, originPattern } from '../../sites/origins.js';
import { enableOrigins } from '../../sites/site-access.js';

export function TurnOnForSite({ target }: { target: TabTarget }) {
  const [site, setSite] = useState<{ tabId: number; pattern: string } | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void (async () => {
      const tabId = await currentTabId(target);
      if (tabId === undefined) return;
      const tab = await tabs.get(tabId);
      const pattern = tab?.url ? originPattern(tab.url) : undefined;
      if (pattern) setSite({ tabId, pattern });
    })();
  }, []);
  if (!site) return null;
  const host = hostOfPattern(site.pattern);
  const turnOn = async (): Promise<void> => {
    // The browser's own prompt asks the reader; until it is answered the promise waits.
    setStatus(`Allow Release Lens on ${host} in the browser’s prompt.`);
    const granted = await enableOrigins([site.pattern]).catch(() => false);
    if (!granted) return setStatus(`Release Lens was not given access to ${host}; it stays off there.`);
    setStatus('Turned on. Reloading the page…');
    await tabs.reload(site.tabId);
  };
  return (
    <p data-section="turn-on-site">
      <button type="button" onClick={() => void turnOn()}>
        Turn on Release Lens for {host}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
