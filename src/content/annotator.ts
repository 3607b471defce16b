/**
 * Runs the pipeline on the page: detect → text map → extract/context → paint. Holds the
 * page's state in one instance so nothing lingers in module globals; features read it
 * and listen to its changes.
 */
import type { Annotation, AnnotationKind, Insight } from '../core/model.js';
import type { ExtractOptions } from '../core/extract/index.js';
import { PartwiseAnalysis, partsOf } from '../core/partwise.js';
import { MentionEmphasis, headlineSpan } from '../core/reading/emphasis.js';
import type { Snapshot } from '../messages/protocol.js';
import { detect, type Detection } from '../page/detect/detect.js';
import { Findings } from './findings.js';
import { Highlighter } from './highlighter.js';
import { HighlightApiPainter, highlightApiAvailable } from './highlight-api-painter.js';
import type { Painter } from './painter.js';
import { Slicer } from './slicer.js';
import { ViewportWindow } from './viewport-window.js';
import { appendTextMap, buildTextMap, buildTextMapOfNodes, isMapped, toOffset, toRange, textMapWalk, type TextMap } from '../page/text-map.js';

export const READY_ATTRIBUTE = 'data-release-lens';
export const ANNOTATE_MEASURE = 'release-lens:annotate';
export const SCRIPT_START_MARK = 'release-lens:script-start';
/** How much of a page's findings crosses to the panel: a list longer than this is no use to a reader, and costly to send. */
export const PANEL_LIMITS = { annotations: 5_000, insights: 1_000 };
/** From the start to the first part's highlights: on a huge page, what the reader sees first. */
export const FIRST_HIGHLIGHTS_MEASURE = 'release-lens:first-highlights';

export type PainterChoice = 'auto' | 'wrap';

export class Annotator {
  readonly painter: Painter;
  /** Keeps a huge page's registered highlights near the viewport (Highlight API only). */
  private readonly viewport: ViewportWindow | null = null;
  private detection: Detection | null = null;
  private map: TextMap = { text: '', segments: [] };
  /** Each part of the text map: the release body first, then each batch of late content. */
  private readonly regions: Array<{ root: Node; nodes?: readonly Node[] }> = [];
  private findings = new Findings(PANEL_LIMITS.annotations);
  private hiddenKinds: AnnotationKind[] = [];
  /** Acronyms the reader knows: neither painted nor shown. */
  private known = new Set<string>();
  private analysis: PartwiseAnalysis | null = null;
  /** Counts runs, so a run overtaken by another (or by teardown) while it yields stops. */
  private runs = 0;
  private currentId: string | null = null;
  /** Which mentions are painted quietly; made anew whenever painting starts from nothing. */
  private emphasis = new MentionEmphasis();
  private off = false;
  private readonly events = new EventTarget();

  constructor(
    private readonly doc: Document,
    choice: PainterChoice = 'auto',
  ) {
    if (choice === 'auto' && highlightApiAvailable(doc)) {
      const painter = new HighlightApiPainter(doc);
      this.painter = painter;
      this.viewport = new ViewportWindow(doc, () => this.map, painter);
    } else this.painter = new Highlighter(doc);
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
    // Running again starts from the page as it was: annotating twice equals annotating once.
    if (this.regions.length) this.unpaint();
    this.known = new Set(knownAcronyms);
    this.off = false;
    this.regions.length = 0;
    this.forgetFindings();
    this.detection = detection ?? detect(this.doc, href);
    const { bodyRoot, excluded } = this.detection;
    if (!bodyRoot) {
      this.doc.documentElement.setAttribute(READY_ATTRIBUTE, 'not-a-release');
      return this.snapshot();
    }
    const stages = new StageTimer(start);
    const slicer = new Slicer();
    stages.add('detect', performance.now() - start);
    this.painter.setHiddenKinds(hiddenKinds);
    this.hiddenKinds = hiddenKinds;
    let lap = performance.now();
    // No await unless a pause is due: an await lets other queued work in, inside our measure.
    const walk = textMapWalk(bodyRoot, excluded);
    while (!walk.drain(() => slicer.due())) {
      await slicer.pause();
      if (run !== this.runs) return this.snapshot();
    }
    this.map = walk.result();
    this.emphasis = new MentionEmphasis(headlineSpan(this.map.text, this.detection.release.title));
    stages.add('text-map', performance.now() - lap - slicer.waited);
    this.regions.push({ root: bodyRoot });
    this.analysis = new PartwiseAnalysis({ ...sources, now: new Date(), published: this.detection.release.published });
    for (const [from, to] of partsOf(this.map.text)) {
      if (slicer.due()) {
        await slicer.pause();
        if (run !== this.runs) return this.snapshot();
      }
      lap = performance.now();
      const part = this.analysis.add(this.map.text.slice(from, to), from);
      this.findings.add(part);
      const painted = performance.now();
      stages.add('analyze', painted - lap);
      // Wrapping splits text nodes a later part may share: the fallback paints once, at the end.
      if (!this.painter.splitsText) this.paint(part.annotations);
      stages.add('paint', performance.now() - painted);
      if (from === 0) performance.measure(FIRST_HIGHLIGHTS_MEASURE, { start, end: performance.now() });
    }
    if (this.painter.splitsText) this.paint(this.findings.annotations);
    stages.add('waiting', slicer.waited);
    stages.add('longest-slice', slicer.longest);
    stages.flush();
    performance.measure(ANNOTATE_MEASURE, { start, end: performance.now() });
    this.doc.documentElement.setAttribute(READY_ATTRIBUTE, 'ready');
    return this.snapshot();
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
    const added = buildTextMapOfNodes(inside, excluded, (t) => isMapped(this.map, t));
    if (added.segments.length === 0) return 0;
    const base = appendTextMap(this.map, added);
    this.regions.push({ root, nodes: inside });
    const fresh = this.analysis.add(this.map.text.slice(base), base);
    this.findings.add(fresh);
    this.paint(fresh.annotations);
    this.changed();
    return fresh.annotations.length;
  }

  /** The release's text as the text map flattens it: annotations' offsets point into it. */
  get text(): string {
    return this.map.text;
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

  /** The page's annotations and insights, with cheap lookups (`findings.ts`). */
  get found(): Findings {
    return this.findings;
  }

  annotation(id: string): Annotation | undefined {
    return this.findings.annotation(id);
  }

  /** Shown in the page: its category is not hidden, and it is not an acronym the reader knows. */
  isVisible(a: Annotation): boolean {
    return !this.hiddenKinds.includes(a.kind) && this.isShown(a);
  }

  /** The first visible annotation from position `i` on in `direction` (i itself included), wrapping around once. */
  visibleFrom(i: number, direction: 'next' | 'previous'): Annotation | undefined {
    return this.findings.nextFrom(i, direction, (a) => this.isVisible(a));
  }

  /** The visible annotation covering a flat offset, if any. */
  annotationAtOffset(at: number): Annotation | undefined {
    const a = this.findings.covering(at);
    return a && this.isVisible(a) ? a : undefined;
  }

  /** The flat offset of a point in the page's text, or -1 outside the release's text. */
  offsetOf(node: Node, offset: number): number {
    return toOffset(this.map, node, offset);
  }

  insightsUsing(id: string): Insight[] {
    return this.findings.insightsUsing(id);
  }

  get knownAcronyms(): string[] {
    return [...this.known];
  }

  /** Stops painting and showing the acronyms the reader knows. */
  setKnownAcronyms(known: readonly string[]): void {
    const next = new Set(known);
    if (next.size === this.known.size && [...next].every((k) => this.known.has(k))) return;
    this.known = next;
    if (!this.detection?.bodyRoot) return;
    this.unpaint();
    if (this.painter.splitsText) this.map = this.rebuildMap();
    this.painter.setHiddenKinds(this.hiddenKinds);
    this.paint(this.findings.annotations);
    this.changed();
  }

  rangeOf(id: string): Range | null {
    const a = this.annotation(id);
    return a ? toRange(this.map, a.start, a.end, this.doc) : null;
  }

  get current(): Annotation | undefined {
    return this.currentId ? this.annotation(this.currentId) : undefined;
  }

  /** Makes an annotation the one being read (keyboard, panel), or none. */
  setCurrent(id: string | null): void {
    this.currentId = id;
    this.painter.setCurrent(id ? this.rangeOf(id) : null);
    this.events.dispatchEvent(new Event('current'));
  }

  setKindVisible(kind: AnnotationKind, visible: boolean): void {
    const others = this.hiddenKinds.filter((k) => k !== kind);
    this.hiddenKinds = visible ? others : [...others, kind];
    this.painter.setHiddenKinds(this.hiddenKinds);
    this.changed();
  }

  /** Calls `listener` whenever the snapshot changes after the first run, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void {
    this.events.addEventListener('change', listener, { signal });
  }

  /** Calls `listener` when the annotation being read changes. */
  onCurrent(listener: () => void, signal: AbortSignal): void {
    this.events.addEventListener('current', listener, { signal });
  }

  /** Removes everything the run added to the page: highlights, marks and attributes. */
  teardown(): void {
    this.off = true;
    this.runs++;
    this.analysis = null;
    this.unpaint();
    this.doc.documentElement.removeAttribute(READY_ATTRIBUTE);
    this.forgetFindings();
    this.regions.length = 0;
    this.map = { text: '', segments: [] };
    this.currentId = null;
  }

  private forgetFindings(): void {
    this.findings = new Findings(PANEL_LIMITS.annotations);
  }

  /** The acronyms the page defines, each with its first definition's expansion. */
  definedAcronyms(): ReadonlyMap<string, string> {
    return new Map([...(this.analysis?.definedAcronyms.values() ?? [])].map((d) => [d.short, d.long]));
  }

  private isShown(a: Annotation): boolean {
    return !(a.kind === 'acronym' && this.known.has(a.text));
  }

  private paint(annotations: readonly Annotation[]): void {
    this.painter.paint(this.map, this.known.size ? annotations.filter((a) => this.isShown(a)) : annotations, this.emphasis);
    if (this.painter.splitsText) this.map = this.rebuildMap();
    this.viewport?.check();
  }

  private unpaint(): void {
    this.viewport?.stop();
    this.painter.clear();
    this.emphasis = new MentionEmphasis(this.detection ? headlineSpan(this.map.text, this.detection.release.title) : null);
  }

  /** The same text, mapped again after wrapping split its text nodes. */
  private rebuildMap(): TextMap {
    const excluded = this.detection?.excluded ?? [];
    const later = (i: number) => this.regions.slice(i + 1).flatMap((r) => r.nodes ?? []);
    const map: TextMap = { text: '', segments: [] };
    this.regions.forEach((region, i) => {
      const skip = later(i);
      const inLater = (t: Text) => skip.some((n) => n === t || n.contains(t));
      appendTextMap(map, region.nodes ? buildTextMapOfNodes(region.nodes, excluded, inLater) : buildTextMap(region.root, excluded, inLater));
    });
    return map;
  }

  private changed(): void {
    this.events.dispatchEvent(new Event('change'));
  }

  /** The snapshot as it crosses to the panel: on a huge page, its first annotations in reading order and the insights that use only them. */
  panelSnapshot(): Snapshot {
    const full = this.snapshot();
    if (full.annotations.length <= PANEL_LIMITS.annotations && full.insights.length <= PANEL_LIMITS.insights) return full;
    const annotations = full.annotations.slice(0, PANEL_LIMITS.annotations);
    const insights = this.findings.insightsForPanel(PANEL_LIMITS.insights);
    return {
      ...full,
      annotations,
      insights,
      omitted: { annotations: full.annotations.length - annotations.length, insights: full.insights.length - insights.length },
    };
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
      state: this.off ? 'off' : release.isRelease ? 'ready' : 'not-a-release',
      release,
      annotations: this.findings.annotations,
      insights: this.findings.insights,
      hiddenKinds: this.hiddenKinds,
      counts: { ...this.findings.counts },
      ...(this.currentId ? { current: this.currentId } : {}),
    };
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
