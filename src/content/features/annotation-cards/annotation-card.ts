/** What the hover/focus card says about an annotation: the same card for every kind, with what the core knows. */
import type { Annotation, Insight, Measure } from '../../../core/model.js';
import type { TooltipContent } from './tooltip.js';

const SOURCE_LABEL = {
  page: 'defined on this page',
  learned: 'defined in a release you read earlier',
  user: 'your own definition',
  glossary: 'from the Release Lens glossary',
} as const;

const KIND_LABEL: Record<Annotation['kind'], string> = {
  acronym: 'acronym',
  person: 'person',
  organization: 'organization',
  place: 'place',
  document: 'document',
  money: 'amount of money',
  percent: 'percentage',
  quantity: 'quantity',
  date: 'date',
  year: 'year',
  phone: 'phone number',
  email: 'email address',
};

function measureLine(measure: Measure | undefined): string {
  if (!measure) return '';
  const parts = [measure.subject, measure.period, measure.direction === 'up' ? 'rising' : measure.direction === 'down' ? 'falling' : ''];
  return parts.filter(Boolean).join(', ');
}

function factLines(a: Annotation): string[] {
  switch (a.kind) {
    case 'acronym':
      return [a.expansion ? '' : 'no expansion known', a.source ? SOURCE_LABEL[a.source] : '', a.description ?? '', a.parent ? `Part of the ${a.parent.replace(/^the /i, '')}` : ''];
    case 'money':
      return [`${a.value.toLocaleString('en-US')} US dollars`, measureLine(a.measure)];
    case 'percent':
      return [a.points ? `${a.value} percentage points` : `${a.value} percent`, measureLine(a.measure)];
    case 'quantity':
      return [`${a.value.toLocaleString('en-US')} ${a.unit}`, measureLine(a.measure)];
    case 'date':
      return [a.iso, a.weekday ? `printed weekday: ${a.weekday}` : ''];
    case 'person':
      return [a.role ?? ''];
    case 'organization':
    case 'place':
    case 'document':
      return [a.name && a.name !== a.text ? a.name : ''];
    case 'year':
      return [String(a.value)];
    case 'phone':
    case 'email':
      return [a.value];
  }
}

/** The card for an annotation; `insights` are those computed from it. */
export function cardFor(a: Annotation, insights: readonly Insight[] = []): TooltipContent {
  const heading = a.kind === 'acronym' && a.expansion ? `${a.text}: ${a.expansion}` : `${a.text} (${KIND_LABEL[a.kind]})`;
  const lines = factLines(a).filter(Boolean);
  return { heading, lines: [...lines, ...insights.slice(0, 3).map((i) => i.summary)] };
}
