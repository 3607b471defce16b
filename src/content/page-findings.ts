/**
 * The page's findings as features see them: its annotations and insights, which kinds
 * are hidden, which acronyms the reader knows, the annotation being read, and the
 * snapshot the panel is sent. It emits "added" when findings come in (a part of the
 * text, late content), "changed" when what the page shows changes after the first run,
 * and "current" when the reader moves. The runner fills it; painting is not its job.
 */
import type { Annotation, AnnotationKind, Insight, ReleaseInfo } from '../core/model.js';
import type { Analysis } from '../core/pipeline.js';
import type { Snapshot } from '../messages/protocol.js';
import { Findings } from './findings.js';

/** How much of a page's findings crosses to the panel: a list longer than this is no use to a reader, and costly to send. */
export const PANEL_LIMITS = { annotations: 5_000, insights: 1_000 };

type PageEvent = 'added' | 'changed' | 'current';

export class PageFindings {
  private findings = new Findings(PANEL_LIMITS.annotations);
  private release: ReleaseInfo | null = null;
  private hidden: AnnotationKind[] = [];
  /** Acronyms the reader knows: neither painted nor shown. */
  private known = new Set<string>();
  private currentId: string | null = null;
  private off = false;
  private readonly events = new EventTarget();

  /** `href`: the page's address, for the snapshot of a page not read yet. */
  constructor(private readonly href: () => string) {}

  /** A run starts from nothing: the page's release as detected, and what the reader hides. */
  begin(release: ReleaseInfo, known: readonly string[]): void {
    this.off = false;
    this.release = release;
    this.known = new Set(known);
    this.findings = new Findings(PANEL_LIMITS.annotations);
  }

  /** Release Lens is off for the page: nothing is found, nothing is current. */
  end(): void {
    this.off = true;
    this.findings = new Findings(PANEL_LIMITS.annotations);
    this.currentId = null;
  }

  /** Takes in one part's findings (which follow every part before). */
  add(part: Analysis): void {
    this.findings.add(part);
    this.emit('added');
  }

  /** The page's annotations and insights, with cheap lookups (`findings.ts`). */
  get found(): Findings {
    return this.findings;
  }

  get hiddenKinds(): readonly AnnotationKind[] {
    return this.hidden;
  }

  setHiddenKinds(kinds: AnnotationKind[]): void {
    this.hidden = kinds;
  }

  get knowsAny(): boolean {
    return this.known.size > 0;
  }

  get knownAcronyms(): string[] {
    return [...this.known];
  }

  /** False when `known` is what the page already knows. */
  setKnown(known: readonly string[]): boolean {
    const next = new Set(known);
    if (next.size === this.known.size && [...next].every((k) => this.known.has(k))) return false;
    this.known = next;
    return true;
  }

  annotation(id: string): Annotation | undefined {
    return this.findings.annotation(id);
  }

  /** Not an acronym the reader knows (those are neither painted nor shown). */
  isShown(a: Annotation): boolean {
    return !(a.kind === 'acronym' && this.known.has(a.text));
  }

  /** Shown in the page: its category is not hidden, and it is not an acronym the reader knows. */
  isVisible(a: Annotation): boolean {
    return !this.hidden.includes(a.kind) && this.isShown(a);
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

  insightsUsing(id: string): Insight[] {
    return this.findings.insightsUsing(id);
  }

  get current(): Annotation | undefined {
    return this.currentId ? this.annotation(this.currentId) : undefined;
  }

  setCurrent(id: string | null): void {
    this.currentId = id;
    this.emit('current');
  }

  /** Calls `listener` whenever the snapshot changes after the first run, until `signal` aborts. */
  onChange(listener: () => void, signal: AbortSignal): void {
    this.events.addEventListener('changed', listener, { signal });
  }

  /** Calls `listener` when findings come in. */
  onAdded(listener: () => void, signal: AbortSignal): void {
    this.events.addEventListener('added', listener, { signal });
  }

  /** Calls `listener` when the annotation being read changes. */
  onCurrent(listener: () => void, signal: AbortSignal): void {
    this.events.addEventListener('current', listener, { signal });
  }

  changed(): void {
    this.emit('changed');
  }

  private emit(event: PageEvent): void {
    this.events.dispatchEvent(new Event(event));
  }

  snapshot(): Snapshot {
    const release = this.release ?? {
      isRelease: false,
      layout: 'none',
      confidence: 0,
      reasons: ['the page has not been read yet'],
      title: '',
      url: this.href(),
    };
    return {
      state: this.off ? 'off' : release.isRelease ? 'ready' : 'not-a-release',
      release,
      annotations: this.findings.annotations,
      insights: this.findings.insights,
      hiddenKinds: this.hidden,
      counts: { ...this.findings.counts },
      ...(this.currentId ? { current: this.currentId } : {}),
    };
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
}
