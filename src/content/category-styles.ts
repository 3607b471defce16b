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

/**
 * The document's list of adopted sheets, to change in place. Before Firefox 142 a content
 * script sees it through a wrapper that neither iterates, nor takes an array made in the
 * content script, nor offers the list's methods; the page's own list (`wrappedJSObject`)
 * does. Only our sheet goes in, so the page learns nothing it could not read anyway.
 */
function adoptedList(doc: Document): CSSStyleSheet[] {
  const list = doc.adoptedStyleSheets;
  if (typeof list.push === 'function') return list;
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject?.adoptedStyleSheets ?? list;
}

/** Adopts the category sheet into the document until `signal` aborts. */
export function adoptCategoryStyles(doc: Document, kinds: Readonly<Record<AnnotationKind, KindStyle>>, signal: AbortSignal): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(categoryCss(kinds));
  const list = adoptedList(doc);
  // The page's own list runs the page's code, which may refuse: the marks are then plain.
  try {
    list.push(sheet);
  } catch {
    return;
  }
  signal.addEventListener('abort', () => {
    for (let i = list.length - 1; i >= 0; i--) if (list[i] === sheet) list.splice(i, 1);
  });
}
