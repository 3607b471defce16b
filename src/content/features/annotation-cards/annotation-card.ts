/**
 * What the hover/focus card says about an annotation: the same compact card for every
 * kind, with what the core knows (core/kinds.ts). A figure's card gives what it measures,
 * the insight most worth reading in full, and a line for each other one (the panel has
 * the rest); a change its implied earlier value already states is not repeated.
 */
import { INSIGHT_LABELS } from '../../../core/insight-labels.js';
import { kindOf } from '../../../core/kinds.js';
import type { Annotation, Insight } from '../../../core/model.js';
import { formatInsightValue } from '../../../core/readable-formula.js';
import { readerRows } from '../../../core/reading/insight-order.js';
import type { TooltipContent } from './tooltip.js';

/** Insight lines a card shows before it points to the panel. */
const CARD_INSIGHTS = 3;

/**
 * The card for an annotation; `insights` are those computed from it, and `inputsOf` finds
 * an insight's figures (for its value's precision). The first insight, most worth
 * reading, is given whole; each other one as its kind and value.
 */
export function cardFor(a: Annotation, insights: readonly Insight[] = [], inputsOf: (i: Insight) => Annotation[] = () => []): TooltipContent {
  const kind = kindOf(a);
  const heading = a.kind === 'acronym' && a.expansion ? `${a.text}: ${a.expansion}` : `${a.text} (${kind.singular})`;
  const lines = kind.card(a).filter(Boolean);
  const [first, ...others] = readerRows(insights).map((row) => row.insight);
  if (first) lines.push(first.summary);
  const shown = others.slice(0, CARD_INSIGHTS - 1);
  for (const i of shown) lines.push([INSIGHT_LABELS[i.kind], formatInsightValue(i, inputsOf(i))].filter(Boolean).join(': '));
  const rest = others.length - shown.length;
  if (rest > 0) lines.push(`${rest} more in the panel`);
  return { heading, lines };
}
