/**
 * A page that is not a release, or one Release Lens does not run on: what it found, and
 * how to turn Release Lens on for the site: the options page always can, and the panel
 * adds a one-click TurnOnForSite where it can see the page's address.
 */
import { openOptionsPage } from '../../platform/tabs.js';

export function NotARelease({ reasons, url, runsHere }: { reasons: string[]; url?: string; runsHere: boolean }) {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = '';
  }
  return (
    <section class="state" aria-labelledby="not-release-heading">
      <h1 id="not-release-heading">{runsHere ? 'Not a press release' : host ? `Release Lens is off on ${host}` : 'Release Lens is off here'}</h1>
      {runsHere ? (
        <>
          <p>Release Lens looked at this page and did not find a press release:</p>
          <ul class="reasons">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Release Lens runs on commerce.gov and the Commerce bureaus’ sites{host ? `, not on ${host}` : ''}.
          {!host && ' To turn it on for this site, click the Release Lens button in the toolbar while the page is open.'}
        </p>
      )}
      <p>
        To read releases on another site, turn Release Lens on for it in the settings.{' '}
        <button type="button" class="link" onClick={() => void openOptionsPage()}>
          Open settings
        </button>
      </p>
    </section>
  );
}
