/**
 * W3C Web Annotation Data Model, as JSON-LD: one AnnotationCollection with a single
 * page of annotations. Each annotation's bodies say what Release Lens found (purpose
 * classifying: the kind; describing: the value for reading and as data, the sentence, an
 * insight's working, what a figure measures and the insights kept with it), the reader's
 * note (commenting) and tags (tagging); its target carries both selectors and a TimeState
 * with the date the page was read, and an insight's inputs are further targets.
 * https://www.w3.org/TR/annotation-model/
 */
import type { Selectors } from '../anchoring/selectors.js';
import type { Pinned } from '../fact-pinned.js';
import { dateOf, textFragmentUrl } from '../facts-citation.js';
import type { Citation, Fact } from '../facts.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Body = { type: 'TextualBody'; purpose: string; value: string; format?: string };

const describing = (value: string): Body => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' });

function found(p: Pinned): Body[] {
  const out: Body[] = [];
  const data = p.value === null ? '' : `${p.value}${p.unit ? ` ${p.unit}` : ''}`;
  if (p.display) out.push(describing(p.display));
  if (data && data !== p.display) out.push(describing(data));
  if (p.source === 'insight') {
    out.push(describing(p.sentence));
    if (p.readable) out.push(describing(p.readable));
    if (p.formula) out.push(describing(p.formula));
    const about = [p.subject, p.period].filter(Boolean).join(', ');
    if (about) out.push(describing(about));
    return out;
  }
  if (p.detail) out.push(describing(p.detail));
  if (p.sentence) out.push(describing(p.sentence));
  const m = p.measure;
  const measured = m ? [m.subject, m.period, m.basePeriod && `from ${m.basePeriod}`, m.role, m.direction].filter(Boolean).join(', ') : '';
  if (measured) out.push(describing(measured));
  for (const use of p.insights.filter((i) => i.included)) out.push(describing(`${use.sentence} ${use.readable}`));
  return out;
}

function bodies(fact: Fact): Body[] {
  const p = fact.pinned;
  const out: Body[] = [{ type: 'TextualBody', purpose: 'classifying', value: p ? p.kind : 'passage' }];
  if (p) out.push(...found(p));
  if (fact.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: fact.note, format: 'text/plain' });
  for (const tag of fact.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

function source(c: Citation) {
  return {
    id: c.url,
    type: 'Text',
    format: 'text/html',
    'dc:title': c.title,
    ...(c.agency ? { 'dc:publisher': c.agency } : {}),
    ...(c.published ? { 'dcterms:issued': c.published } : {}),
  };
}

/** A passage of the release: the text-fragment link identifies it for any browser that opens it. */
function target(link: string, c: Citation, selectors: Selectors, captured: string) {
  return {
    type: 'SpecificResource',
    id: link,
    source: source(c),
    selector: [selectors.quote, selectors.position],
    state: { type: 'TimeState', sourceDate: captured },
  };
}

export function toAnnotation(fact: Fact) {
  const c = fact.citation;
  const passage = target(textFragmentUrl(fact), c, fact, fact.captured);
  // An insight's inputs are targets too: the figures it was computed from.
  const inputs = fact.pinned?.source === 'insight' ? fact.pinned.inputs.map((i) => target(i.link, c, i, fact.captured)) : [];
  return {
    id: UUID.test(fact.id) ? `urn:uuid:${fact.id}` : `urn:release-lens:fact:${encodeURIComponent(fact.id)}`,
    type: 'Annotation',
    motivation: fact.note ? 'commenting' : 'highlighting',
    created: fact.captured,
    modified: fact.updated,
    body: bodies(fact),
    target: inputs.length ? [passage, ...inputs] : passage,
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
