/**
 * The library page's views, as the address's hash says: `#/` the releases (with
 * `?q=…&agency=…&year=…&kind=…`), `#/person/<key>` and the other entity kinds, `#/entities`,
 * `#/series`, `#/series/<key>`, `#/manage`. Links are hashes, so the back button works.
 */
import { ENTITY_KINDS, type EntityKind } from '../core/library/entities.js';
import type { Filters } from '../core/library/facets.js';
import { RELEASE_KINDS, type ReleaseKind } from '../core/library/release-kind.js';

export type Route =
  | { view: 'releases'; query: string; filters: Filters }
  | { view: 'entity'; kind: EntityKind; key: string }
  | { view: 'entities'; kind: EntityKind }
  | { view: 'series'; key?: string }
  | { view: 'manage' };

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [head, rest] = parts;
  if (head === 'manage') return { view: 'manage' };
  if (head === 'series') return rest ? { view: 'series', key: rest } : { view: 'series' };
  if (head === 'entities') return { view: 'entities', kind: ENTITY_KINDS.includes(rest as EntityKind) ? (rest as EntityKind) : 'person' };
  if (head && ENTITY_KINDS.includes(head as EntityKind) && rest) return { view: 'entity', kind: head as EntityKind, key: rest };
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const filters: Filters = {
    ...(params.get('agency') ? { agency: params.get('agency') as string } : {}),
    ...(params.get('year') ? { year: params.get('year') as string } : {}),
    ...(kind && RELEASE_KINDS.includes(kind as ReleaseKind) ? { kind: kind as ReleaseKind } : {}),
  };
  return { view: 'releases', query: params.get('q') ?? '', filters };
}

export function releasesHash(query: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (filters.agency) params.set('agency', filters.agency);
  if (filters.year) params.set('year', filters.year);
  if (filters.kind) params.set('kind', filters.kind);
  const search = params.toString();
  return `#/${search ? `?${search}` : ''}`;
}

export function entityHash(kind: EntityKind, key: string): string {
  return `#/${kind}/${encodeURIComponent(key)}`;
}

export function seriesHash(key?: string): string {
  return key ? `#/series/${encodeURIComponent(key)}` : '#/series';
}
