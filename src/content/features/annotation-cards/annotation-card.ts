/** What the hover/focus card says about an annotation: the same card for every kind, with what the core knows. */
import { kindOf } from '../../../core/kinds.js';
import type { Annotation, Insight } from '../../../core/model.js';
import type { TooltipContent } from './tooltip.js';

/** The card for an annotation; `insights` are those computed from it. */
export function cardFor(a: Annotation, insights: readonly Insight[] = []): TooltipContent {
  const kind = kindOf(a);
  const heading = a.kind === 'acronym' && a.expansion ? `${a.text}: ${a.expansion}` : `${a.text} (${kind.singular})`;
  const lines = kind.card(a).filter(Boolean);
  return { heading, lines: [...lines, ...insights.slice(0, 3).map((i) => i.summary)] };
}
