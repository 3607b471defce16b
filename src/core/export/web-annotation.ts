/**
 * W3C Web Annotation Data Model, as JSON-LD: one AnnotationCollection with a single
 * page of annotations. Each annotation's bodies say what Release Lens found (purpose
 * classifying: the kind; describing: the normalized value), the reader's note
 * (commenting) and tags (tagging); its target carries both selectors and a TimeState
 * with the date the page was read. https://www.w3.org/TR/annotation-model/
 */
import { dateOf, textFragmentUrl } from '../facts-citation.js';
import type { Fact } from '../facts.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Body = { type: 'TextualBody'; purpose: string; value: string; format?: string };

function bodies(fact: Fact): Body[] {
  const out: Body[] = [];
  const p = fact.pinned;
  out.push({ type: 'TextualBody', purpose: 'classifying', value: p ? p.kind : 'passage' });
  if (p && p.value !== null) {
    out.push({ type: 'TextualBody', purpose: 'describing', value: `${p.value}${p.unit ? ` ${p.unit}` : ''}` });
  }
  if (p?.detail) out.push({ type: 'TextualBody', purpose: 'describing', value: p.detail });
  if (p?.formula) out.push({ type: 'TextualBody', purpose: 'describing', value: p.formula });
  if (fact.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: fact.note, format: 'text/plain' });
  for (const tag of fact.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

export function toAnnotation(fact: Fact) {
  const c = fact.citation;
  return {
    id: UUID.test(fact.id) ? `urn:uuid:${fact.id}` : `urn:release-lens:fact:${encodeURIComponent(fact.id)}`,
    type: 'Annotation',
    motivation: fact.note ? 'commenting' : 'highlighting',
    created: fact.captured,
    modified: fact.updated,
    body: bodies(fact),
    target: {
      type: 'SpecificResource',
      // The text-fragment link identifies the passage for any browser that opens it.
      id: textFragmentUrl(fact),
      source: {
        id: c.url,
        type: 'Text',
        format: 'text/html',
        'dc:title': c.title,
        ...(c.agency ? { 'dc:publisher': c.agency } : {}),
        ...(c.published ? { 'dcterms:issued': c.published } : {}),
      },
      selector: [fact.quote, fact.position],
      state: { type: 'TimeState', sourceDate: fact.captured },
    },
  };
}

export function toWebAnnotation(facts: readonly Fact[], now: Date): string {
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:release-lens:facts:${now.toISOString()}`,
    type: 'AnnotationCollection',
    label: `Facts from Release Lens, exported ${dateOf(now.toISOString())}`,
    total: facts.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: facts.map(toAnnotation) },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
