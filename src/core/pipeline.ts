/**
 * extract → measure → context over a release's flattened text: the part of the pipeline
 * that is the same in the page, the panel and the CLI.
 */
import { computeContext } from './context/index.js';
import { extract, type ExtractOptions } from './extract/index.js';
import { measureFigures } from './extract/measure.js';
import { impliedReleaseYear } from './extract/release-year.js';
import type { Annotation, Insight } from './model.js';

export interface AnalysisOptions extends ExtractOptions {
  now: Date;
  /** The release's date (ISO) as detection found it, for spans relative to the release. */
  published?: string;
}

export interface Analysis {
  annotations: Annotation[];
  insights: Insight[];
}

export function analyze(text: string, options: AnalysisOptions): Analysis {
  // A release with no date of its own may still say which year it is in: that dates its months, not its elapsed times.
  const published = options.published ?? impliedReleaseYear(text);
  const dated = published ? { ...options, published } : options;
  const annotations = measureFigures(text, extract(text, dated), published ? { published } : {});
  return { annotations, insights: computeContext(text, annotations, options) };
}
