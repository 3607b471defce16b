/**
 * Turning Release Lens on and off for sites at runtime: ask for the host permission
 * (inside the user's click), then keep one dynamically registered content script whose
 * matches are exactly the granted optional origins. The background calls
 * `keepSiteScriptsInSync` so a permission revoked in the browser's own settings also
 * stops the script.
 */
import { dynamicScripts, staticScriptMatches, siteAccess } from '../platform/browser.js';
import { onLifecycle } from '../platform/tabs.js';
import { userOrigins } from './origins.js';

export const SITE_SCRIPT_ID = 'release-lens-enabled-sites';

export async function enabledOrigins(): Promise<string[]> {
  return userOrigins(await siteAccess.granted(), staticScriptMatches());
}

/** Asks for access to `origins`; must run inside a user gesture. True when granted. */
export async function enableOrigins(origins: string[]): Promise<boolean> {
  const granted = await siteAccess.request(origins);
  if (granted) await syncSiteScripts();
  return granted;
}

export async function disableOrigins(origins: string[]): Promise<void> {
  await siteAccess.remove(origins);
  await syncSiteScripts();
}

/** Registers the content script for every enabled site, or unregisters it when there are none. */
export async function syncSiteScripts(): Promise<void> {
  const matches = await enabledOrigins();
  const existing = await dynamicScripts.registered([SITE_SCRIPT_ID]);
  if (existing.length) await dynamicScripts.unregister([SITE_SCRIPT_ID]);
  if (!matches.length) return;
  await dynamicScripts.register([
    { id: SITE_SCRIPT_ID, matches, js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

export function keepSiteScriptsInSync(): void {
  const sync = (): void => void syncSiteScripts().catch((e: unknown) => console.error('Release Lens: site scripts', e));
  siteAccess.onChange(sync);
  onLifecycle((event) => {
    if (event === 'startup' || event === 'update') sync();
  });
}
