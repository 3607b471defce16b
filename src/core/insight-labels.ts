/** What each kind of insight is called where a reader sees it: the panel, the card, the exports. */
import type { InsightKind } from './model.js';

export const INSIGHT_LABELS: Readonly<Record<InsightKind, string>> = {
  'implied-base': 'implied earlier value',
  change: 'change',
  share: 'share',
  consistency: 'check',
  inflation: "in today's dollars",
  elapsed: 'time',
  weekday: 'weekday',
  growth: 'growth a year',
};
