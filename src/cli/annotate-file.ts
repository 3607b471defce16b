/**
 * The pipeline on a saved page, in Node with jsdom: detect → text map → extract →
 * context, with the same modules the content script runs.
 */
import { JSDOM } from 'jsdom';
import type { Annotation, Insight, ReleaseInfo } from '../core/model.js';
import { BUILT_IN_GLOSSARY } from '../core/glossary-data.js';
import { analyze } from '../core/pipeline.js';
import { anyPageBody, detect } from '../page/detect/detect.js';
import { buildTextMap } from '../page/text-map.js';

export const ANNOTATIONS_SCHEMA = 'release-lens/annotations@1';

export interface AnnotationsOutput {
  schema: typeof ANNOTATIONS_SCHEMA;
  url: string;
  release: ReleaseInfo;
  text: string;
  annotations: Annotation[];
  insights: Insight[];
}

export interface AnnotateOptions {
  url: string;
  /** Treat the page as a release even when detection says it is not one. */
  anyPage: boolean;
  now: Date;
}

export function annotateHtml(html: string, options: AnnotateOptions): AnnotationsOutput {
  const { window } = new JSDOM(html, { url: options.url });
  try {
    const detection = detect(window.document, options.url);
    const body = detection.bodyRoot ? { bodyRoot: detection.bodyRoot, excluded: detection.excluded } : options.anyPage ? anyPageBody(window.document) : null;
    const release = options.anyPage && !detection.bodyRoot ? { ...detection.release, isRelease: true } : detection.release;
    if (!body) return { schema: ANNOTATIONS_SCHEMA, url: options.url, release, text: '', annotations: [], insights: [] };
    const { text } = buildTextMap(body.bodyRoot, body.excluded);
    return { schema: ANNOTATIONS_SCHEMA, url: options.url, release, text, ...analyze(text, { now: options.now, published: release.published, glossary: BUILT_IN_GLOSSARY }) };
  } finally {
    window.close();
  }
}
