/**
 * An element of ours with a closed shadow root and its style sheet: the page's CSS cannot
 * restyle what is inside, and its scripts cannot reach in. Everything we show in the page
 * (card, legend, fact editor, fact layer) lives in one.
 */
export function closedShadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
