/** Brings an annotation to the reader: scrolls it to the middle of the view and makes it the current one. */
import type { FeatureContext } from './feature.js';

export function reveal({ doc, annotator }: FeatureContext, id: string, { select = false } = {}): boolean {
  const range = annotator.rangeOf(id);
  const view = doc.defaultView;
  if (!range || !view) return false;
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > view.innerHeight) {
    view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
  }
  // Selecting the text tells a screen reader where the panel took the reader.
  if (select) view.getSelection()?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  annotator.setCurrent(id);
  return true;
}
