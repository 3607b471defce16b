/**
 * The reader's facts on this page: loaded from storage, anchored in the release's text,
 * painted, and saved, edited or deleted. One instance per page; the feature wires it to
 * events.
 */
import { AnchorText, anchor } from '../../../core/anchoring/anchor.js';
import { annotationFact, cleanTags, insightFact, samePin, selectionFact, type Fact, type NewFact } from '../../../core/facts.js';
import type { UsedBy } from '../../../core/fact-pinned.js';
import type { Annotation, Insight, ReleaseInfo } from '../../../core/model.js';
import type { FactsStatus } from '../../../messages/protocol.js';
import { FACTS, loadFacts } from '../../../storage/facts.js';
import { StorageError, type ExtensionStorage } from '../../../storage/index.js';
import { buildTextMap, toRange, type TextMap } from '../../../page/text-map.js';
import type { FactPainter } from './fact-painter.js';
import { offsetsOf } from './ranges.js';
import { errorText } from '../../../core/error-text.js';

export interface PageFactsOptions {
  doc: Document;
  store: ExtensionStorage;
  body: { root: Element; excluded: readonly Element[] };
  release: ReleaseInfo;
  releaseKey: string;
  painter: FactPainter;
}

export class PageFacts {
  private facts: Fact[] = [];
  /** Each placed fact's range in the page and its offsets in the text as it is now. */
  private readonly placed = new Map<string, { range: Range; start: number; end: number }>();
  private readonly changes = new EventTarget();

  constructor(private readonly o: PageFactsOptions) {}

  get releaseKey(): string {
    return this.o.releaseKey;
  }

  /** The release's text as it is now: late content and other highlights included. */
  textMap(): TextMap {
    return buildTextMap(this.o.body.root, this.o.body.excluded);
  }

  async reload(): Promise<void> {
    this.facts = (await loadFacts(this.o.store, this.o.releaseKey)).records;
    this.anchor();
    this.changed();
  }

  /** The release's facts, in the order they appear in it. */
  all(): readonly Fact[] {
    return this.facts;
  }

  /** Places every fact in the current text and paints the ones found. */
  anchor(): void {
    // Most releases have no facts: then there is nothing to map, which on a huge page is a long task spared.
    if (this.facts.length === 0 && this.placed.size === 0) return;
    const map = this.textMap();
    const text = new AnchorText(map.text);
    this.placed.clear();
    for (const fact of this.facts) {
      const found = anchor(text, { quote: fact.quote, position: fact.position });
      const range = found.status === 'anchored' ? toRange(map, found.start, found.end, this.o.doc) : null;
      if (range && found.status === 'anchored') this.placed.set(fact.id, { range, start: found.start, end: found.end });
    }
    this.o.painter.paint([...this.placed.values()].map((p) => p.range));
  }

  /** Calls `listener` whenever the release's facts change. */
  onChange(listener: () => void, signal: AbortSignal): void {
    this.changes.addEventListener('change', listener, { signal });
  }

  /** Whether anchoring again could change anything: a fact not found, or a painted range the page took away. */
  needsAnchoring(): boolean {
    if (this.placed.size < this.facts.length) return true;
    for (const { range: r } of this.placed.values()) if (r.collapsed || !r.startContainer.isConnected) return true;
    return false;
  }

  status(): FactsStatus {
    return {
      releaseKey: this.o.releaseKey,
      placed: this.facts.filter((f) => this.placed.has(f.id)).map((f) => f.id),
      notFound: this.facts.filter((f) => !this.placed.has(f.id)).map((f) => f.id),
    };
  }

  fact(id: string): Fact | undefined {
    return this.facts.find((f) => f.id === id);
  }

  rangeOf(id: string): Range | undefined {
    return this.placed.get(id)?.range;
  }

  /** Where a placed fact is in the text as it is now. */
  placedAt(id: string): { start: number; end: number } | undefined {
    const at = this.placed.get(id);
    return at && { start: at.start, end: at.end };
  }

  /** The placed fact whose passage holds a point, if any. */
  factAt(node: Node, offset: number): Fact | undefined {
    for (const [id, { range }] of this.placed) {
      try {
        if (range.isPointInRange(node, offset)) return this.fact(id);
      } catch {
        // A point in another document or a doctype: not in any fact.
      }
    }
    return undefined;
  }

  /** The part of the release's text a selection covers, or null when it covers none. */
  selected(range: Range): { start: number; end: number; quote: string } | null {
    const map = this.textMap();
    const offsets = offsetsOf(map, range, this.o.doc);
    return offsets ? { ...offsets, quote: map.text.slice(offsets.start, offsets.end).trim() } : null;
  }

  async saveSelection(range: Range, note: string, tags: readonly string[]): Promise<string | null> {
    const map = this.textMap();
    const offsets = offsetsOf(map, range, this.o.doc);
    const fact = offsets ? selectionFact(this.newFact(map, note, tags), offsets.start, offsets.end) : null;
    if (!fact) return 'The selection holds none of the release’s text.';
    return this.put(fact);
  }

  /** The fact an annotation would be if pinned now, with the insights that use it; null when its text is gone. */
  draftAnnotation(a: Annotation, usedBy: readonly UsedBy[], map = this.textMap()): Fact | null {
    const at = locate(map.text, a.text, a.start);
    return at < 0 ? null : annotationFact(this.newFact(map, '', []), { ...a, start: at, end: at + a.text.length }, usedBy);
  }

  /** The fact an insight would be if pinned now; `annotations` are its inputs. Null when their text is gone. */
  draftInsight(insight: Insight, annotations: readonly Annotation[], map = this.textMap()): Fact | null {
    const moved = annotations.flatMap((a) => {
      const at = locate(map.text, a.text, a.start);
      return at < 0 ? [] : [{ ...a, start: at, end: at + a.text.length }];
    });
    return moved.length === annotations.length ? insightFact(this.newFact(map, '', []), insight, moved) : null;
  }

  /** The stored fact that pins the same finding as `draft`, compared where each is in the text now. */
  pinnedAs(draft: Fact): Fact | undefined {
    return this.facts.find((f) => {
      const at = this.placed.get(f.id);
      return samePin(at ? { ...f, position: { ...f.position, start: at.start, end: at.end } } : f, draft);
    });
  }

  /**
   * Keeps a pin: a finding pinned already keeps its one fact (its id, note, tags and
   * capture date), with what Release Lens found there now.
   */
  async keepPin(draft: Fact): Promise<{ ok: true; value: Fact } | { ok: false; error: string }> {
    const old = this.pinnedAs(draft);
    const fact = old ? { ...old, ...(draft.pinned ? { pinned: draft.pinned } : {}), updated: draft.updated } : draft;
    if (old && JSON.stringify(old.pinned) === JSON.stringify(draft.pinned)) return { ok: true, value: old };
    const problem = await this.put(fact);
    return problem ? { ok: false, error: problem } : { ok: true, value: fact };
  }

  async edit(fact: Fact, note: string, tags: readonly string[]): Promise<string | null> {
    return this.put({ ...fact, note, tags: cleanTags(tags), updated: new Date().toISOString() });
  }

  /** Deletes a fact; the returned function puts it back. */
  async delete(fact: Fact): Promise<() => Promise<string | null>> {
    await this.o.store.deleteRecord(FACTS, fact.id);
    this.facts = this.facts.filter((f) => f.id !== fact.id);
    this.anchor();
    this.changed();
    return () => this.put(fact);
  }

  private newFact(map: TextMap, note: string, tags: readonly string[]): NewFact {
    return { id: crypto.randomUUID(), now: new Date(), release: this.o.release, releaseKey: this.o.releaseKey, text: map.text, note, tags };
  }

  private async put(fact: Fact): Promise<string | null> {
    try {
      await this.o.store.putRecord(FACTS, fact);
    } catch (e) {
      return e instanceof StorageError ? e.message : `Not saved: ${errorText(e)}`;
    }
    this.facts = [...this.facts.filter((f) => f.id !== fact.id), fact];
    this.anchor();
    this.changed();
    return null;
  }

  private changed(): void {
    this.changes.dispatchEvent(new Event('change'));
  }
}

/** Where `needle` is now: at `near` if it still is, else its occurrence closest to it; -1 if gone. */
export function locate(text: string, needle: string, near: number): number {
  if (!needle) return -1;
  if (text.startsWith(needle, near)) return near;
  let best = -1;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
