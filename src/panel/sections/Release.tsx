/** The release at the top of the panel: title, agency and date; its address and why Release Lens recognized it one click away. */
import type { Snapshot } from '../../messages/protocol.js';

export function Release({ snapshot }: { snapshot: Snapshot }) {
  const { release } = snapshot;
  return (
    <header class="release">
      <h1>{release.title || 'Untitled release'}</h1>
      <p class="meta">{[release.agency, release.published].filter(Boolean).join(' · ')}</p>
      <details>
        <summary class="why">Why this is a release ({Math.round(release.confidence * 100)}% sure)</summary>
        <p class="meta address">{release.url}</p>
        <ul class="reasons">
          {release.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </header>
  );
}
