/**
 * Runs the pipeline on the page: detect → text map → extract/context → highlight. Holds
 * the page's state in one instance so nothing lingers in module globals.
 */
import type { Annotation, AnnotationKind, Insight } from '../core/model.js';
import { analyze } from '../core/pipeline.js';
import type { Snapshot } from '../messages/protocol.js';
import { detect, type Detection } from './detect/detect.js';
import { Highlighter } from './highlighter.js';
import { buildTextMap } from './text-map.js';

export const READY_ATTRIBUTE = 'data-release-lens';
export const ANNOTATE_MEASURE = 'release-lens:annotate';

export class Annotator {
  readonly highlighter: Highlighter;
  private detection: Detection | null = null;
  private annotations: Annotation[] = [];
  private insights: Insight[] = [];
  private hiddenKinds: AnnotationKind[] = [];
  private readonly changes = new EventTarget();

  constructor(private readonly doc: Document) {
    this.highlighter = new Highlighter(doc);
  }

  run(href: string, hiddenKinds: AnnotationKind[]): Snapshot {
    const start = performance.now();
    this.detection = detect(this.doc, href);
    const { bodyRoot, excluded } = this.detection;
    if (!bodyRoot) {
      this.doc.documentElement.setAttribute(READY_ATTRIBUTE, 'not-a-release');
      return this.snapshot();
    }
    const map = buildTextMap(bodyRoot, excluded);
    ({ annotations: this.annotations, insights: this.insights } = analyze(map.text, { now: new Date(), published: this.detection.release.published }));
    this.highlighter.highlight(map, this.annotations);
    this.setHiddenKinds(hiddenKinds);
    performance.measure(ANNOTATE_MEASURE, { start, end: performance.now() });
    this.doc.documentElement.setAttribute(READY_ATTRIBUTE, 'ready');
    return this.snapshot();
  }

  annotation(id: string): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  setKindVisible(kind: AnnotationKind, visible: boolean): void {
    const others = this.hiddenKinds.filter((k) => k !== kind);
    this.setHiddenKinds(visible ? others : [...others, kind]);
  }

  /** Calls `listener` whenever the snapshot changes after the first run, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void {
    this.changes.addEventListener('change', listener, { signal });
  }

  private setHiddenKinds(kinds: AnnotationKind[]): void {
    this.hiddenKinds = kinds;
    this.highlighter.setHiddenKinds(kinds);
    this.changes.dispatchEvent(new Event('change'));
  }

  snapshot(): Snapshot {
    const release = this.detection?.release ?? {
      isRelease: false,
      layout: 'none',
      confidence: 0,
      reasons: ['the page has not been read yet'],
      title: '',
      url: this.doc.location?.href ?? '',
    };
    return {
      state: release.isRelease ? 'ready' : 'not-a-release',
      release,
      annotations: this.annotations,
      insights: this.insights,
      hiddenKinds: this.hiddenKinds,
    };
  }
}
