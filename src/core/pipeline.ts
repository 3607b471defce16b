/**
 * extract → context over a release's flattened text: the part of the pipeline that is
 * the same in the page, the panel and the CLI.
 */
import { computeContext } from './context/index.js';
import { extract } from './extract/index.js';
import type { Annotation, Insight } from './model.js';

export interface AnalysisOptions {
  now: Date;
}

export interface Analysis {
  annotations: Annotation[];
  insights: Insight[];
}

export function analyze(text: string, options: AnalysisOptions): Analysis {
  const annotations = extract(text);
  return { annotations, insights: computeContext(text, annotations, options) };
}
