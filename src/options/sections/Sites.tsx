/**
 * Settings → Sites: the web archives switch and the sites the user turned Release Lens
 * on for. Each is a host permission the browser grants at runtime; this section only
 * asks for them and shows what the browser holds.
 */
import { useEffect, useState } from 'preact/hooks';
import { siteAccess } from '../../platform/browser.js';
import { ARCHIVE_ORIGINS, archivesEnabled, hostOfPattern, originPattern } from '../../sites/origins.js';
import { disableOrigins, enableOrigins, enabledOrigins } from '../../sites/site-access.js';

export function Sites() {
  const [enabled, setEnabled] = useState<string[] | null>(null);
  const [archives, setArchives] = useState(false);
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const refresh = async (): Promise<void> => {
    setEnabled(await enabledOrigins());
    setArchives(archivesEnabled(await siteAccess.granted()));
  };
  useEffect(() => void refresh().catch((e: unknown) => setStatus(`Sites could not be read: ${String(e)}`)), []);
  if (!enabled) return <section data-section="sites" aria-busy="true">Reading sites…</section>;

  const change = async (work: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await work();
      setStatus(done);
    } catch (e) {
      setStatus(`That did not work: ${String(e)}`);
    }
    await refresh();
  };
  const toggleArchives = (on: boolean): void =>
    void change(
      async () => {
        if (!on) return disableOrigins([...ARCHIVE_ORIGINS]);
        if (!(await enableOrigins([...ARCHIVE_ORIGINS]))) throw new Error('access to the archives was not granted');
      },
      on ? 'Archived copies will be read.' : 'Archived copies will be left alone.',
    );
  const turnOn = (e: Event): void => {
    e.preventDefault();
    const pattern = originPattern(address.includes('://') ? address : `https://${address}`);
    if (!pattern) return setStatus('Type a web address, such as https://www.example.gov/news.');
    void change(async () => {
      if (!(await enableOrigins([pattern]))) throw new Error(`access to ${hostOfPattern(pattern)} was not granted`);
      setAddress('');
    }, `Release Lens is on for ${hostOfPattern(pattern)}. Reload its pages to read them.`);
  };
  const sites = enabled.filter((o) => !(ARCHIVE_ORIGINS as readonly string[]).includes(o));
  return (
    <section data-section="sites">
      <h2>Sites</h2>
      <p>Release Lens reads commerce.gov and the Commerce bureaus’ sites. It can read more, with your permission:</p>
      <label style={{ display: 'block' }}>
        <input type="checkbox" name="archives" checked={archives} onChange={(e) => toggleArchives(e.currentTarget.checked)} /> Archived
        copies of releases on web.archive.org and the UNT End of Term archive
      </label>
      <form onSubmit={turnOn}>
        <label>
          Turn Release Lens on for another site:{' '}
          <input type="text" name="site" value={address} placeholder="https://www.example.gov/" onInput={(e) => setAddress(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">Turn on</button>
      </form>
      {sites.length > 0 && (
        <ul>
          {sites.map((origin) => (
            <li key={origin} data-origin={origin}>
              {hostOfPattern(origin)}{' '}
              <button type="button" onClick={() => void change(() => disableOrigins([origin]), `Turned off for ${hostOfPattern(origin)}.`)}>
                Turn off
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
