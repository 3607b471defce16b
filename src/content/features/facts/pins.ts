/**
 * Pins of the page's findings: a figure with the sentence it stands in and the insights
 * that use it (each kept or left out), an insight with its working and inputs. A finding
 * pinned twice keeps its one fact. Which finding each pinned fact is goes to the panel
 * with the facts' status, so it can say what is pinned.
 */
import type { UsedBy } from '../../../core/fact-pinned.js';
import type { Fact } from '../../../core/facts.js';
import type { Annotation, Insight } from '../../../core/model.js';
import type { Annotator } from '../../annotator.js';
import type { FactPins, PinTarget } from '../../fact-pins.js';
import type { TextMap } from '../../../page/text-map.js';
import { locate, type PageFacts } from './page-facts.js';
import { errorText } from '../../../core/error-text.js';

const GONE = 'That finding is no longer in the page’s text: reload the page and try again.';

export class PagePins implements FactPins {
  constructor(
    private readonly annotator: Annotator,
    private readonly page: PageFacts,
  ) {}

  private inputsOf(insight: Insight): Annotation[] {
    return insight.inputs.flatMap((id) => this.annotator.findings.annotation(id) ?? []);
  }

  private insight(id: string): Insight | undefined {
    return this.annotator.findings.found.insights.find((i) => i.id === id);
  }

  draft(target: PinTarget, map: TextMap = this.page.textMap()): Fact | null {
    if ('insightId' in target) {
      const insight = this.insight(target.insightId);
      return insight ? this.page.draftInsight(insight, this.inputsOf(insight), map) : null;
    }
    const a = this.annotator.findings.annotation(target.annotationId);
    if (!a) return null;
    const leaveOut = new Set(target.leaveOut ?? []);
    const usedBy: UsedBy[] = this.annotator.findings.insightsUsing(a.id).map((insight) => ({ insight, inputs: this.inputsOf(insight), included: !leaveOut.has(insight.id) }));
    return this.page.draftAnnotation(a, usedBy, map);
  }

  pinned(target: PinTarget): Fact | undefined {
    // Most findings have no fact that could pin them: no text map to build for those.
    if (!this.page.all().some((f) => this.couldPin(f, target))) return undefined;
    const draft = this.draft(target);
    return draft ? this.page.pinnedAs(draft) : undefined;
  }

  private couldPin(f: Fact, target: PinTarget): boolean {
    if ('insightId' in target) return f.pinned?.source === 'insight' && f.pinned.kind === this.insight(target.insightId)?.kind;
    return f.pinned?.source === 'annotation' && f.quote.exact === this.annotator.findings.annotation(target.annotationId)?.text;
  }

  async pin(target: PinTarget): Promise<{ ok: true; value: Fact } | { ok: false; error: string }> {
    const known = 'insightId' in target ? this.insight(target.insightId) : this.annotator.findings.annotation(target.annotationId);
    if (!known) return { ok: false, error: `Nothing to pin: the ${'insightId' in target ? 'insight' : 'annotation'} is no longer on the page.` };
    const draft = this.draft(target);
    return draft ? this.page.keepPin(draft) : { ok: false, error: GONE };
  }

  async unpin(fact: Fact): Promise<string | null> {
    try {
      await this.page.delete(fact);
      return null;
    } catch (e) {
      return `Not unpinned: ${errorText(e)}. Try again, or delete it in the panel’s Facts.`;
    }
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    this.page.onChange(listener, signal);
  }

  /**
   * Which finding each placed pinned fact of the release pins: the finding of its kind
   * whose passage is where the fact is now (as `samePin` compares them), found without
   * building a fact for each candidate. The panel marks those items as pinned.
   */
  findings(): Array<{ fact: string; finding: string }> {
    const pinned = this.page.all().filter((f) => f.pinned && this.page.placedAt(f.id));
    if (pinned.length === 0) return [];
    const { text } = this.page.textMap();
    const { annotations, insights } = this.annotator.findings.found;
    const startOf = (a: Annotation): number => locate(text, a.text, a.start);
    const spanOf = (i: Insight): { start: number; end: number } | null => {
      const at = this.inputsOf(i).map((a) => ({ start: startOf(a), end: startOf(a) + a.text.length }));
      if (at.length === 0 || at.length < i.inputs.length || at.some((x) => x.start < 0)) return null;
      return { start: Math.min(...at.map((x) => x.start)), end: Math.max(...at.map((x) => x.end)) };
    };
    const out: Array<{ fact: string; finding: string }> = [];
    for (const f of pinned) {
      const place = this.page.placedAt(f.id);
      if (!place || !f.pinned) continue;
      const kind = f.pinned.kind;
      const finding =
        f.pinned.source === 'insight'
          ? insights.find((i) => i.kind === kind && sameSpan(spanOf(i), place))
          : annotations.find((a) => a.kind === kind && a.text === f.quote.exact && startOf(a) === place.start);
      if (finding) out.push({ fact: f.id, finding: finding.id });
    }
    return out;
  }
}

function sameSpan(a: { start: number; end: number } | null, b: { start: number; end: number }): boolean {
  return a !== null && a.start === b.start && a.end === b.end;
}
