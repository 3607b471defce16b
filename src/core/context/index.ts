/**
 * The context stage: annotations in, insights out. Each rule looks at one sentence's
 * figures at a time, so no insight relates figures the text does not put together.
 */
import type { Annotation, AnnotationOf, Insight } from '../model.js';
import { impliedBase, type SentenceFigures } from './implied-base.js';
import { splitSentences } from './sentences.js';

const SENTENCE_RULES: ReadonlyArray<(s: SentenceFigures) => Omit<Insight, 'id'>[]> = [impliedBase];

export interface ContextOptions {
  /** The reader's clock; the core never reads one itself. */
  now: Date;
}

export function computeContext(text: string, annotations: Annotation[], _options: ContextOptions): Insight[] {
  const insights: Omit<Insight, 'id'>[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const figures: SentenceFigures = { text: text.slice(sentence.start, sentence.end), money: [], percents: [] };
    while (cursor < annotations.length && (annotations[cursor]?.start ?? Infinity) < sentence.end) {
      const a = annotations[cursor++];
      if (a?.kind === 'money') figures.money.push(a);
      else if (a?.kind === 'percent') figures.percents.push(a as AnnotationOf<'percent'>);
    }
    for (const rule of SENTENCE_RULES) insights.push(...rule(figures));
  }
  return insights.map((insight, i) => ({ ...insight, id: `i${i + 1}` }));
}
