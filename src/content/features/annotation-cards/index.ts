/**
 * Shows an annotation's card while the pointer is over it, and for the annotation being
 * read with the keyboard or revealed from the panel. Escape hides it; moving away hides
 * it after a short pause, so the pointer can reach the card's buttons.
 */
import type { Annotation, Insight } from '../../../core/model.js';
import { actionsFor, pinnedRemark, type Card } from './card-actions.js';
import { cardFor } from './annotation-card.js';
import type { Feature } from '../../feature.js';
import { annotationAt } from './hit-test.js';
import { STEP_HINT } from '../../keyboard.js';
import { Tooltip } from './tooltip.js';

const HIDE_DELAY_MS = 300;

export const annotationCards: Feature = {
  id: 'annotation-cards',
  runsOn: 'releases',
  init(ctx, signal) {
    const { doc, annotator } = ctx;
    const view = doc.defaultView;
    if (!view) return;
    const tooltip = new Tooltip(doc);
    let shown: string | null = null;
    let overCard = false;
    let hideTimer = 0;
    let frame = 0;
    let pointer = { x: 0, y: 0 };
    let refreshShown = (): void => {};

    const hide = (): void => {
      view.clearTimeout(hideTimer);
      tooltip.hide();
      shown = null;
      refreshShown = () => {};
    };
    const show = (a: Annotation, hint?: string): void => {
      const range = annotator.rangeOf(a.id);
      if (!range) return;
      view.clearTimeout(hideTimer);
      shown = a.id;
      const inputsOf = (i: Insight): Annotation[] => i.inputs.flatMap((id) => annotator.findings.annotation(id) ?? []);
      const card: Card = {
        hide,
        say: (text, problem) => tooltip.say(text, problem),
        refresh: () => {
          if (shown === a.id) tooltip.update(actionsFor(ctx, a, card), pinnedRemark(ctx, a));
        },
      };
      const badge = pinnedRemark(ctx, a);
      tooltip.show(range, { ...cardFor(a, annotator.findings.insightsUsing(a.id), inputsOf), actions: actionsFor(ctx, a, card), ...(badge ? { badge } : {}) }, hint);
      refreshShown = card.refresh;
    };
    const hideSoon = (): void => {
      view.clearTimeout(hideTimer);
      hideTimer = view.setTimeout(() => {
        if (!overCard && !tooltip.hasFocus && shown !== annotator.findings.current?.id) hide();
      }, HIDE_DELAY_MS);
    };
    tooltip.onPointer = (inside) => {
      overCard = inside;
      if (!inside) hideSoon();
    };

    const hover = (): void => {
      frame = 0;
      const a = annotationAt(doc, annotator, pointer.x, pointer.y);
      if (a && a.id !== shown) show(a);
      else if (!a && shown && !overCard) hideSoon();
    };
    doc.addEventListener(
      'mousemove',
      (e) => {
        pointer = { x: e.clientX, y: e.clientY };
        if (!frame) frame = view.requestAnimationFrame(hover);
      },
      { signal, passive: true },
    );
    annotator.findings.onCurrent(() => {
      const a = annotator.findings.current;
      if (!a) return hide();
      show(a, STEP_HINT);
      tooltip.focus();
    }, signal);
    annotator.findings.onChange(() => {
      const a = shown ? annotator.findings.annotation(shown) : undefined;
      if (shown && !(a && annotator.findings.isVisible(a))) hide();
    }, signal);
    // A pin made or removed elsewhere (the panel, another tab) shows on the open card.
    ctx.pins.onChange(() => refreshShown(), signal);
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape' || !tooltip.visible) return;
        hide();
        if (annotator.findings.current) annotator.setCurrent(null);
      },
      { signal },
    );
    signal.addEventListener('abort', () => {
      view.cancelAnimationFrame(frame);
      view.clearTimeout(hideTimer);
      tooltip.remove();
    });
  },
};
