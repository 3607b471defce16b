/**
 * The context stage: annotations (with their measures) in, insights out. Relations
 * between figures come from one clause at a time (rates.ts) or from subjects the text
 * states for the same period (share.ts); nothing relates figures the text does not.
 */
import type { Annotation, Insight } from '../model.js';
import { loadCpi } from './cpi.js';
import { dateInsights } from './dates.js';
import { figuresBySentence, type KnownValue } from './figures.js';
import { inflationInsights } from './inflation.js';
import type { Draft } from './draft.js';
import { checksAcrossSentences, statedBases } from './across-sentences.js';
import { listShareChecks } from './list-shares.js';
import { rateInsights } from './rates.js';
import { shareInsights } from './share.js';
import { statedShareChecks } from './stated-share.js';

export interface ContextOptions {
  /** The reader's clock; the core never reads one itself. */
  now: Date;
  /** The release's date (ISO), for spans such as "two years before this release". */
  published?: string;
}

const CPI = loadCpi();

export function computeContext(text: string, annotations: Annotation[], options: ContextOptions): Insight[] {
  const drafts: Draft[] = [];
  const values: KnownValue[] = [];
  const sentences = figuresBySentence(text, annotations);
  for (const sentence of sentences) {
    const result = rateInsights(sentence, text);
    drafts.push(...result.insights, ...statedShareChecks(text, sentence));
    values.push(...result.values);
  }
  drafts.push(...listShareChecks(text, sentences));
  const across = checksAcrossSentences(text, sentences);
  drafts.push(...across.insights);
  values.push(...across.values);
  drafts.push(...shareInsights(values));
  drafts.push(...inflationInsights(sentences.flat(), CPI));
  drafts.push(...dateInsights(text, annotations, options));
  const final = statedBases(text, sentences, drafts);
  // In reading order of their first input, so the panel follows the page.
  const at = new Map(annotations.map((a) => [a.id, a.start]));
  const position = (d: Draft): number => Math.min(...d.inputs.map((id) => at.get(id) ?? Infinity));
  const ordered = final.map((d, i) => ({ d, i, p: position(d) })).sort((x, y) => x.p - y.p || x.i - y.i);
  return ordered.map(({ d }, i) => ({ ...d, id: `i${i + 1}` }));
}
