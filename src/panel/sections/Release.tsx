/** The release: title, agency, date, address, and why Release Lens recognized it. */
import type { Snapshot } from '../../messages/protocol.js';

export function Release({ snapshot }: { snapshot: Snapshot }) {
  const { release } = snapshot;
  return (
    <header class="release">
      <h1>{release.title || 'Untitled release'}</h1>
      <p class="meta">{[release.agency, release.published].filter(Boolean).join(' · ')}</p>
      <p class="meta address">{release.url}</p>
      <details>
        <summary>Why this is a release ({Math.round(release.confidence * 100)}% sure)</summary>
        <ul class="reasons">
          {release.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </header>
  );
}
