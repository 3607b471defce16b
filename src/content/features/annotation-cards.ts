/** Shows an annotation's card while the pointer is over it or it has keyboard focus. */
import { cardFor } from '../annotation-card.js';
import type { Feature } from '../feature.js';
import { MARK_TAG } from '../highlighter.js';
import { Tooltip } from '../tooltip.js';

export const annotationCards: Feature = {
  id: 'annotation-cards',
  runsOn: 'releases',
  init({ doc, annotator }, signal) {
    const tooltip = new Tooltip(doc);
    signal.addEventListener('abort', () => tooltip.remove());
    const showFor = (target: EventTarget | null): void => {
      const mark = target instanceof Element ? target.closest(MARK_TAG) : null;
      const annotation = mark instanceof HTMLElement ? annotator.annotation(mark.dataset.id ?? '') : undefined;
      if (mark && annotation) tooltip.show(mark, cardFor(annotation));
    };
    const options = { signal, passive: true };
    doc.addEventListener('mouseover', (e) => showFor(e.target), options);
    doc.addEventListener('focusin', (e) => showFor(e.target), options);
    doc.addEventListener(
      'mouseout',
      (e) => {
        if (e.target instanceof Element && e.target.closest(MARK_TAG)) tooltip.hide();
      },
      options,
    );
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') tooltip.hide();
      },
      options,
    );
  },
};
