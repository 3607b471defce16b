/**
 * Steps through the visible annotations with the keyboard (keyboard.ts): the next one
 * after the current, or after the top of the view when none is current. The card of the
 * annotation takes focus, so screen readers read it; Escape gives focus back.
 */
import type { Annotator } from '../../annotator.js';
import type { Feature } from '../../feature.js';
import { isTyping, stepOf } from '../../keyboard.js';
import { reveal } from '../../reveal.js';

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
        const current = annotator.findings.current;
        const from = current ? annotator.findings.found.indexOf(current.id) + (step === 'next' ? 1 : -1) : step === 'next' ? firstInView(doc, annotator) : -1;
        const target = annotator.findings.visibleFrom(from, step);
        if (!target) return;
        e.preventDefault();
        if (!current) returnTo = doc.activeElement;
        reveal(ctx, target.id);
      },
      { signal },
    );
    annotator.findings.onCurrent(() => {
      if (annotator.findings.current || !returnTo) return;
      if (returnTo instanceof HTMLElement) returnTo.focus({ preventScroll: true });
      returnTo = null;
    }, signal);
  },
};

/** The position of the first annotation at or below the top of the view (a binary search), so stepping starts where the reader is. */
function firstInView(doc: Document, annotator: Annotator): number {
  if ((doc.defaultView?.scrollY ?? 0) === 0) return 0;
  const i = annotator.findings.found.firstWhere((a) => (annotator.rangeOf(a.id)?.getBoundingClientRect().top ?? -1) >= 0);
  return i < annotator.findings.found.count ? i : 0;
}
