/** Whether the panel's filter leaves anything to show, across every section. */
import { ANNOTATION_KINDS, type Annotation, type Insight } from '../core/model.js';
import { insightRows } from './insight-rows.js';
import { acronymRows, entityRows, matches } from './items.js';

export function anythingMatches(snapshot: { annotations: readonly Annotation[]; insights: readonly Insight[] }, filter: string): boolean {
  const byId = new Map(snapshot.annotations.map((a) => [a.id, a]));
  return (
    acronymRows(snapshot.annotations).some((r) => matches(filter, r.abbr, r.expansion, r.description)) ||
    entityRows(snapshot.annotations, ANNOTATION_KINDS).some((r) => matches(filter, r.text, r.detail)) ||
    insightRows(snapshot.insights, byId, filter).length > 0
  );
}
