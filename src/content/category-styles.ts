/**
 * How each category looks in the page: the colour and line style the reader chose in
 * settings (src/storage/settings.ts), and the line position each kind has in core/kinds.ts, so that with the
 * default styles no two categories look alike without colour. Painted from one
 * constructed style sheet adopted by the document: no element in the page, and no inline
 * <style> for a page's CSP to refuse.
 */
import { KINDS } from '../core/kinds.js';
import type { AnnotationKind } from '../core/model.js';
import type { KindStyle } from '../storage/settings.js';

/** The declarations that paint one category: a translucent tint that reads on light and dark pages, and its line. */
export function declarationsOf(kind: AnnotationKind, { colour, underline }: KindStyle): string {
  return `background-color: ${colour}38; text-decoration: ${KINDS[kind].style.line} ${underline} ${colour}; text-decoration-thickness: 2px;`;
}

/** CSS for every category, for both painters (Highlight API names and fallback marks). */
export function categoryCss(kinds: Readonly<Record<AnnotationKind, KindStyle>>): string {
  return Object.entries(kinds)
    .map(([kind, style]) => {
      const k = kind as AnnotationKind;
      return `::highlight(release-lens-${k}), release-lens-mark[data-kind="${k}"] { ${declarationsOf(k, style)} }`;
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
