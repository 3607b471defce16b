/**
 * Content script entry: wiring only. Annotates the page, shows cards on hover and focus,
 * and answers the panel.
 */
import { listen, broadcast } from '../messages/channel.js';
import { PanelToContent, type ContentReply } from '../messages/protocol.js';
import { loadSettings } from '../storage/settings.js';
import { cardFor } from './annotation-card.js';
import { Annotator } from './annotator.js';
import { MARK_TAG } from './highlighter.js';
import { Tooltip } from './tooltip.js';

async function main(): Promise<void> {
  const annotator = new Annotator(document);
  const settings = await loadSettings().catch(() => undefined);
  const snapshot = annotator.run(location.href, settings?.hiddenKinds ?? []);

  listen(PanelToContent, async (message): Promise<ContentReply> => {
    if (message.type === 'set-kind-visible') annotator.setKindVisible(message.kind, message.visible);
    if (message.type === 'reveal') {
      const [mark] = annotator.highlighter.marksOf(message.id);
      mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark?.focus({ preventScroll: true });
    }
    return { ok: true, snapshot: annotator.snapshot() };
  });
  if (snapshot.state !== 'ready') return;

  const tooltip = new Tooltip(document);
  const showFor = (target: EventTarget | null): void => {
    const mark = target instanceof Element ? target.closest(MARK_TAG) : null;
    const annotation = mark instanceof HTMLElement ? annotator.annotation(mark.dataset.id ?? '') : undefined;
    if (mark && annotation) tooltip.show(mark, cardFor(annotation));
  };
  document.addEventListener('mouseover', (e) => showFor(e.target), { passive: true });
  document.addEventListener('focusin', (e) => showFor(e.target));
  document.addEventListener('mouseout', (e) => {
    if (e.target instanceof Element && e.target.closest(MARK_TAG)) tooltip.hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') tooltip.hide();
  });
  void broadcast({ type: 'snapshot-changed', snapshot });
}

void main();
