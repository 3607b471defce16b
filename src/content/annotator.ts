/**
 * The runner: reads the page and runs the pipeline on it — detect → text map →
 * extract/context → paint — a slice at a time. What was found lives in the page's
 * findings (`findings`, which features read and listen to), what is painted in the
 * painter host; the runner keeps them in step and holds nothing in module globals.
 */
import type { Annotation, AnnotationKind } from '../core/model.js';
import type { ExtractOptions } from '../core/extract/index.js';
import { PartwiseAnalysis, partsOf } from '../core/partwise.js';
import type { Snapshot } from '../messages/protocol.js';
import { detect, type Detection } from '../page/detect/detect.js';
import { textMapWalk } from '../page/text-map.js';
import { PageChanges } from './page-changes.js';
import { PageFindings } from './page-findings.js';
import { PainterHost, type PainterChoice } from './painter-host.js';
import { Slicer } from './slicer.js';

export const READY_ATTRIBUTE = 'data-release-lens';
export const ANNOTATE_MEASURE = 'release-lens:annotate';
export const SCRIPT_START_MARK = 'release-lens:script-start';
/** From the start to the first part's highlights: on a huge page, what the reader sees first. */
export const FIRST_HIGHLIGHTS_MEASURE = 'release-lens:first-highlights';

export class Annotator {
  /** The page's findings: what features read, and the events they listen to. */
  readonly findings: PageFindings;
  readonly painters: PainterHost;
  private detection: Detection | null = null;
  private analysis: PartwiseAnalysis | null = null;
  /** The release body's changes, for the features that follow late content. */
  private bodyChanges: PageChanges | null = null;
  /** Counts runs, so a run overtaken by another (or by teardown) while it yields stops. */
  private runs = 0;
  private off = false;

  constructor(
    private readonly doc: Document,
    choice: PainterChoice = 'auto',
  ) {
    this.findings = new PageFindings(() => doc.location?.href ?? '');
    this.painters = new PainterHost(doc, choice);
  }

  /**
   * `sources`: where acronym expansions come from besides the page (the glossary; later, learned and the user's own);
   * `detection` is passed when the page was already read (after waiting for late content).
   *
   * The work is sliced: the text map is walked and the text analysed and painted a part at a
   * time, yielding to the page whenever a slice is used up, so a huge page stays responsive
   * and its top is highlighted first. A release is one part, painted in one go.
   */
  async run(href: string, hiddenKinds: AnnotationKind[], knownAcronyms: readonly string[] = [], sources: ExtractOptions = {}, detection?: Detection): Promise<Snapshot> {
    const start = performance.now();
    const run = ++this.runs;
    const { findings, painters } = this;
    // Running again starts from the page as it was: annotating twice equals annotating once.
    if (painters.hasRegions) painters.reset();
    this.off = false;
    this.detection = detection ?? detect(this.doc, href);
    findings.begin(this.detection.release, knownAcronyms);
    const { bodyRoot, excluded } = this.detection;
    this.bodyChanges = bodyRoot ? new PageChanges(bodyRoot) : null;
    if (!bodyRoot) {
      this.doc.documentElement.setAttribute(READY_ATTRIBUTE, 'not-a-release');
      return findings.snapshot();
    }
    const stages = new StageTimer(start);
    const slicer = new Slicer();
    stages.add('detect', performance.now() - start);
    painters.setHiddenKinds(hiddenKinds);
    findings.setHiddenKinds(hiddenKinds);
    let lap = performance.now();
    // No await unless a pause is due: an await lets other queued work in, inside our measure.
    const walk = textMapWalk(bodyRoot, excluded);
    while (!walk.drain(() => slicer.due())) {
      await slicer.pause();
      if (run !== this.runs) return findings.snapshot();
    }
    const map = walk.result();
    painters.begin(map, bodyRoot, excluded, this.detection.release.title);
    stages.add('text-map', performance.now() - lap - slicer.waited);
    this.analysis = new PartwiseAnalysis({ ...sources, now: new Date(), published: this.detection.release.published });
    for (const [from, to] of partsOf(map.text)) {
      if (slicer.due()) {
        await slicer.pause();
        if (run !== this.runs) return findings.snapshot();
      }
      lap = performance.now();
      const part = this.analysis.add(map.text.slice(from, to), from);
      findings.add(part);
      const painted = performance.now();
      stages.add('analyze', painted - lap);
      // Wrapping splits text nodes a later part may share: the fallback paints once, at the end.
      if (!painters.painter.splitsText) this.paint(part.annotations);
      stages.add('paint', performance.now() - painted);
      if (from === 0) performance.measure(FIRST_HIGHLIGHTS_MEASURE, { start, end: performance.now() });
    }
    if (painters.painter.splitsText) this.paint(findings.found.annotations);
    stages.add('waiting', slicer.waited);
    stages.add('longest-slice', slicer.longest);
    stages.flush();
    performance.measure(ANNOTATE_MEASURE, { start, end: performance.now() });
    this.doc.documentElement.setAttribute(READY_ATTRIBUTE, 'ready');
    return findings.snapshot();
  }

  /**
   * Annotates content added after the first run: only text nodes not yet mapped, as a new
   * region after the existing text, so nothing is marked twice; acronyms the page defined
   * earlier carry into it. Returns how many annotations it added.
   */
  annotateAdded(nodes: readonly Node[]): number {
    const root = this.detection?.bodyRoot;
    if (!root || this.off || !this.analysis) return 0;
    const excluded = this.detection?.excluded ?? [];
    const inside = nodes.filter((n) => root.contains(n) && !excluded.some((e) => e.contains(n)));
    const base = this.painters.addRegion(root, inside);
    if (base < 0) return 0;
    const fresh = this.analysis.add(this.painters.map.text.slice(base), base);
    this.findings.add(fresh);
    this.paint(fresh.annotations);
    this.findings.changed();
    return fresh.annotations.length;
  }

  /** The release's text as the text map flattens it: annotations' offsets point into it. */
  get text(): string {
    return this.painters.map.text;
  }

  /** The release body and what inside it is not the release, for features that map its text themselves. */
  get body(): { root: Element; excluded: readonly Element[] } | null {
    const root = this.detection?.bodyRoot;
    return root ? { root, excluded: this.detection?.excluded ?? [] } : null;
  }

  /** The release body being annotated, or null when the page is not a release or Release Lens is off. */
  get bodyRoot(): Element | null {
    return this.off ? null : (this.detection?.bodyRoot ?? null);
  }

  /** The release body's changes (one observer, however many features follow them); null off a release. */
  get changes(): PageChanges | null {
    return this.off ? null : this.bodyChanges;
  }

  /** Stops painting and showing the acronyms the reader knows. */
  setKnownAcronyms(known: readonly string[]): void {
    if (!this.findings.setKnown(known) || !this.detection?.bodyRoot) return;
    this.painters.repaint(this.shown(this.findings.found.annotations), this.findings.hiddenKinds);
    this.findings.changed();
  }

  rangeOf(id: string): Range | null {
    const a = this.findings.annotation(id);
    return a ? this.painters.rangeOf(a.start, a.end) : null;
  }

  /** Makes an annotation the one being read (keyboard, panel), or none. */
  setCurrent(id: string | null): void {
    this.painters.setCurrent(id ? this.rangeOf(id) : null);
    this.findings.setCurrent(id);
  }

  setKindVisible(kind: AnnotationKind, visible: boolean): void {
    const others = this.findings.hiddenKinds.filter((k) => k !== kind);
    const hidden = visible ? others : [...others, kind];
    this.findings.setHiddenKinds(hidden);
    this.painters.setHiddenKinds(hidden);
    this.findings.changed();
  }

  /** Removes everything the run added to the page: highlights, marks and attributes. */
  teardown(): void {
    this.off = true;
    this.runs++;
    this.analysis = null;
    this.painters.reset();
    this.doc.documentElement.removeAttribute(READY_ATTRIBUTE);
    this.findings.end();
  }

  /** The acronyms the page defines, each with its first definition's expansion. */
  definedAcronyms(): ReadonlyMap<string, string> {
    return new Map([...(this.analysis?.definedAcronyms.values() ?? [])].map((d) => [d.short, d.long]));
  }

  private shown(annotations: readonly Annotation[]): readonly Annotation[] {
    return this.findings.knowsAny ? annotations.filter((a) => this.findings.isShown(a)) : annotations;
  }

  private paint(annotations: readonly Annotation[]): void {
    this.painters.paint(this.shown(annotations));
  }
}

/**
 * One performance measure per stage (`release-lens:stage:<name>`), so the benchmark can
 * say where the time goes; a sliced run adds up each stage's pieces.
 */
class StageTimer {
  private readonly totals = new Map<string, number>();

  constructor(private readonly start: number) {}

  add(name: string, ms: number): void {
    this.totals.set(name, (this.totals.get(name) ?? 0) + ms);
  }

  flush(): void {
    for (const [name, duration] of this.totals) performance.measure(`release-lens:stage:${name}`, { start: this.start, duration });
  }
}
