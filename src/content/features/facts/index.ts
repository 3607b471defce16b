/**
 * The reader's facts in the page: their passages highlighted on every visit (anchored
 * again when content arrives late), a "Save as fact" button by a selection, Alt+Shift+F
 * and the context menu to save one, a click on a highlighted fact to edit or delete it
 * (with undo), and answers to the panel about which facts are placed.
 */
import { citedCopy } from '../../../core/facts-copy.js';
import { releaseKey } from '../../../core/release-key.js';
import type { FactsStatus } from '../../../messages/protocol.js';
import { FACTS } from '../../../storage/facts.js';
import { watchRecords } from '../../../storage/index.js';
import type { Feature, FeatureContext } from '../../feature.js';
import { isTyping } from '../../keyboard.js';
import { FactEditor } from './fact-editor.js';
import { FactPainter } from './fact-painter.js';
import { PageFacts } from './page-facts.js';
import { PagePins } from './pins.js';

/** Late content settles in bursts; anchoring again once a burst is over is enough. */
const SETTLE_MS = 250;

function debounce(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/** The point under the pointer, in whichever form this browser offers it. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function start({ doc, annotator, link, pins: pinsLink }: FeatureContext, signal: AbortSignal, page: PageFacts, editor: FactEditor): void {
  const pins = new PagePins(annotator, page);
  const status = (): FactsStatus => ({ ...page.status(), pins: pins.findings() });
  const sendStatus = (): void => link.panels.tell('facts-status-changed', status());
  pinsLink.provide(pins, signal);

  const selectedRange = (): Range | null => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return page.selected(range) ? range.cloneRange() : null;
  };

  const openForSelection = (): void => {
    const range = selectedRange();
    const chosen = range && page.selected(range);
    if (!range || !chosen) return;
    editor.open(range.getBoundingClientRect(), { quote: chosen.quote, note: '', tags: [], existing: false }, {
      save: async (note, tags) => {
        const problem = await page.saveSelection(range, note, tags);
        if (!problem) sendStatus();
        return problem;
      },
    });
  };

  const openForFact = (id: string): void => {
    const fact = page.fact(id);
    const range = page.rangeOf(id);
    if (!fact || !range) return;
    editor.open(range.getBoundingClientRect(), { quote: fact.quote.exact, note: fact.note, tags: fact.tags, existing: true }, {
      save: (note, tags) => page.edit(fact, note, tags),
      delete: () =>
        void page.delete(fact).then((undo) => {
          sendStatus();
          editor.toast('Fact deleted.', () => void undo().then(sendStatus));
        }),
    });
  };

  // The panel reveals an annotation by selecting it, and its card (with a pin of its own)
  // opens on it: a second "Save as fact" there would sit on the card.
  const isCurrentAnnotation = (range: Range): boolean => {
    const current = annotator.findings.current ? annotator.rangeOf(annotator.findings.current.id) : null;
    return !!current && range.compareBoundaryPoints(Range.START_TO_START, current) === 0 && range.compareBoundaryPoints(Range.END_TO_END, current) === 0;
  };
  const showButton = debounce(() => {
    const range = editor.isOpen ? null : selectedRange();
    if (range && !isCurrentAnnotation(range)) editor.showButton(range.getBoundingClientRect(), openForSelection);
    else editor.hideButton();
  }, 150, signal);
  doc.addEventListener('selectionchange', showButton, { signal });

  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.altKey && e.shiftKey && e.code === 'KeyF' && !isTyping(e.target)) {
        e.preventDefault();
        openForSelection();
      }
    },
    { signal },
  );

  doc.addEventListener(
    'click',
    (e) => {
      if (editor.contains(e.target) || !doc.getSelection()?.isCollapsed) return;
      if (e.target instanceof Element && e.target.closest('a, button, input, textarea, select')) return;
      const point = caretAt(doc, e.clientX, e.clientY);
      const fact = point && page.factAt(point.node, point.offset);
      if (fact) openForFact(fact.id);
    },
    { signal },
  );

  const { inbox } = link;
  inbox.handle(
    'facts-save-selection',
    () => {
      openForSelection();
      return null;
    },
    signal,
  );
  inbox.handle('facts-status', status, signal);
  inbox.handle(
    'facts-reveal',
    ({ id }) => {
      const range = page.rangeOf(id);
      if (range) {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        doc.getSelection()?.removeAllRanges();
        doc.getSelection()?.addRange(range.cloneRange());
      }
      return status();
    },
    signal,
  );
  inbox.handle(
    'facts-pin',
    async ({ annotationId, insightId, leaveOut }) => {
      const target = insightId ? { insightId } : annotationId ? { annotationId, leaveOut: leaveOut ?? [] } : null;
      if (!target) throw new Error('Nothing to pin: say which figure or insight.');
      const pinned = await pins.pin(target);
      if (!pinned.ok) throw new Error(pinned.error);
      sendStatus();
      return { fact: pinned.value.id, status: status() };
    },
    signal,
  );

  inbox.handle(
    'facts-cite',
    ({ annotationId, insightId }) => {
      const target = insightId ? { insightId } : annotationId ? { annotationId } : null;
      const fact = target && (pins.pinned(target) ?? pins.draft(target));
      if (!fact) throw new Error('That finding is no longer in the page’s text: reload the page and try again.');
      return citedCopy(fact);
    },
    signal,
  );

  // Facts saved, edited, deleted or imported elsewhere (another tab, the panel).
  watchRecords(FACTS, () => void page.reload().then(sendStatus), signal);

  // Content that arrives late can hold a fact not found so far, or replace a placed one.
  annotator.changes?.subscribe(
    { quietMs: SETTLE_MS },
    () => {
      if (!page.needsAnchoring()) return;
      page.anchor();
      sendStatus();
    },
    signal,
  );
  sendStatus();
}

export const facts: Feature = {
  id: 'facts',
  runsOn: 'releases',
  async init(ctx, signal) {
    const body = ctx.annotator.body;
    if (!body) return;
    const release = ctx.annotator.findings.snapshot().release;
    const painter = new FactPainter(ctx.doc);
    const editor = new FactEditor(ctx.doc);
    signal.addEventListener('abort', () => {
      painter.remove();
      editor.remove();
    });
    const page = new PageFacts({ doc: ctx.doc, store: ctx.store, body, release, releaseKey: releaseKey(release.url || ctx.doc.location.href), painter });
    await page.reload();
    if (signal.aborted) return;
    start(ctx, signal, page, editor);
  },
};
