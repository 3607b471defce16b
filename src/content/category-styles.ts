/**
 * How each category looks in the page: the colour and line style the reader chose in
 * settings, drawn as core/reading/kind-style.ts defines for every surface. Painted from one
 * constructed style sheet adopted by the document: no element in the page, and no inline
 * <style> for a page's CSP to refuse.
 */
import type { AnnotationKind } from '../core/model.js';
import { declarationsOf, highlightName, type KindStyle } from '../core/reading/kind-style.js';

/** CSS for every category, for both painters (Highlight API names and fallback marks). */
export function categoryCss(kinds: Readonly<Record<AnnotationKind, KindStyle>>): string {
  return Object.entries(kinds)
    .map(([kind, style]) => {
      const k = kind as AnnotationKind;
      return [
        `::highlight(${highlightName(k, false)}), release-lens-mark[data-kind="${k}"] { ${declarationsOf(style)} }`,
        `::highlight(${highlightName(k, true)}), release-lens-mark[data-kind="${k}"][data-quiet] { background: none; ${declarationsOf(style, true)} }`,
      ].join('\n');
    })
    .join('\n');
}

/** Adopts the category sheet into the document until `signal` aborts. */
export function adoptCategoryStyles(doc: Document, kinds: Readonly<Record<AnnotationKind, KindStyle>>, signal: AbortSignal): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(categoryCss(kinds));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  signal.addEventListener('abort', () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  });
}
