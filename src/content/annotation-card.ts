/** What the hover/focus card says about an annotation. */
import type { Annotation } from '../core/model.js';
import type { TooltipContent } from './tooltip.js';

const SOURCE_LABEL = {
  page: 'defined on this page',
  learned: 'defined in a release you read earlier',
  user: 'your own definition',
  glossary: 'from the Release Lens glossary',
} as const;

export function cardFor(a: Annotation): TooltipContent {
  switch (a.kind) {
    case 'acronym':
      return {
        heading: `${a.text}: ${a.expansion ?? 'no expansion known'}`,
        lines: [a.source ? SOURCE_LABEL[a.source] : '', a.description ?? ''].filter(Boolean),
      };
    case 'money':
      return { heading: a.text, lines: [`${a.value.toLocaleString('en-US')} US dollars`] };
    case 'percent':
      return { heading: a.text, lines: [a.points ? `${a.value} percentage points` : `${a.value} percent`] };
    case 'date':
      return { heading: a.text, lines: [a.iso] };
    case 'person':
      return { heading: a.text, lines: a.role ? [a.role] : [] };
    default:
      return { heading: a.text, lines: [a.kind] };
  }
}
