/** The release's title, agency and date. */
import type { Snapshot } from '../../messages/protocol.js';

export function Release({ snapshot }: { snapshot: Snapshot }) {
  const { release } = snapshot;
  return (
    <header>
      <h1>{release.title}</h1>
      <div class="meta">
        {[release.agency, release.published].filter(Boolean).join(' · ')}
      </div>
    </header>
  );
}
