/**
 * Steps through the visible annotations with the keyboard (keyboard.ts): the next one
 * after the current, or after the top of the view when none is current. The card of the
 * annotation takes focus, so screen readers read it; Escape gives focus back.
 */
import type { Feature } from '../feature.js';
import { isTyping, stepOf } from '../keyboard.js';
import { reveal } from '../reveal.js';

export const keyboardSteps: Feature = {
  id: 'keyboard-steps',
  runsOn: 'releases',
  init(ctx, signal) {
    const { doc, annotator } = ctx;
    let returnTo: Element | null = null;
    doc.addEventListener(
      'keydown',
      (e) => {
        const step = stepOf(e);
        if (!step || isTyping(e.target)) return;
        const list = annotator.visibleAnnotations();
        if (list.length === 0) return;
        e.preventDefault();
        const current = annotator.current;
        if (!current) returnTo = doc.activeElement;
        const at = current ? list.findIndex((a) => a.id === current.id) : -1;
        let next = step === 'next' ? at + 1 : at - 1;
        if (at < 0) next = step === 'next' ? firstInView(ctx.doc, list, annotator) : list.length - 1;
        const target = list[(next + list.length) % list.length];
        if (target) reveal(ctx, target.id);
      },
      { signal },
    );
    annotator.onCurrent(() => {
      if (annotator.current || !returnTo) return;
      if (returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true });
      returnTo = null;
    }, signal);
  },
};

/** The first annotation at or below the top of the view, so stepping starts where the reader is. */
function firstInView(doc: Document, list: ReadonlyArray<{ id: string }>, annotator: { rangeOf(id: string): Range | null }): number {
  if ((doc.defaultView?.scrollY ?? 0) === 0) return 0;
  const i = list.findIndex((a) => (annotator.rangeOf(a.id)?.getBoundingClientRect().top ?? -1) >= 0);
  return Math.max(0, i);
}
