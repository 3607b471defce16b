/**
 * implied-base: "$55 billion in 2006, up 32% from 2005" implies $55B / 1.32 in 2005.
 * Only where one sentence ties one money figure to one rate with a word of direction.
 */
import type { AnnotationOf, Insight } from '../model.js';
import { formatUsd } from './format.js';

const UP = /\b(?:up|increase[sd]?|rose|grew|gain(?:ed)?)\b/i;
const DOWN = /\b(?:down|decrease[sd]?|fell|declined?|dropped)\b/i;

export interface SentenceFigures {
  text: string;
  money: AnnotationOf<'money'>[];
  percents: AnnotationOf<'percent'>[];
}

export function impliedBase(s: SentenceFigures): Omit<Insight, 'id'>[] {
  const [money] = s.money;
  const [rate] = s.percents;
  if (s.money.length !== 1 || s.percents.length !== 1 || !money || !rate || rate.points) return [];
  const sign = DOWN.test(s.text) ? -1 : UP.test(s.text) ? 1 : 0;
  if (sign === 0) return [];
  const factor = 1 + (sign * rate.value) / 100;
  if (factor <= 0) return [];
  const base = money.value / factor;
  const formula = `${money.value} / (1 ${sign > 0 ? '+' : '-'} ${rate.value / 100})`;
  return [
    {
      kind: 'implied-base',
      summary: `${money.text} after a ${rate.value}% ${sign > 0 ? 'rise' : 'fall'} implies about ${formatUsd(base)} before it, a change of about ${formatUsd(money.value - base)}.`,
      value: Math.round(base),
      unit: 'USD',
      formula,
      inputs: [money.id, rate.id],
    },
  ];
}
