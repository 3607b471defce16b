import { describe, expect, it } from 'vitest';
import { MentionEmphasis } from '../../src/core/reading/emphasis.js';
import { Highlighter, MARK_TAG } from '../../src/content/highlighter.js';
import { buildTextMap, piecesOf, toDomPoint } from '../../src/page/text-map.js';
import { extract } from '../../src/core/extract/index.js';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text map', () => {
  it('flattens text nodes with block separators and skips scripts and hidden elements', () => {
    const root = page('<p>One <b>two</b></p><script>var x = 1</script><p hidden>gone</p><p>three</p>');
    expect(buildTextMap(root).text).toBe('One two\nthree\n');
  });

  it('maps offsets back to text nodes, across element boundaries', () => {
    const root = page('<p>Up <b>32%</b> from 2005</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('32%');
    const point = toDomPoint(map, start, 'start');
    expect(point?.node.data).toBe('32%');
    expect(point?.offset).toBe(0);
    expect(piecesOf(map, map.text.indexOf('p 3'), start + 2).map((p) => p.node.data.slice(p.start, p.end))).toEqual(['p ', '32']);
  });
});

describe('highlighter', () => {
  const html =
    '<p>The Bureau of Industry and Security (BIS) said <a href="/x">BIS exports</a> rose 32% to $55 billion.</p><p>BIS\'s <i>rule</i></p>';

  it('wraps each annotation without changing the page text, and removal restores the DOM exactly', () => {
    const root = page(html);
    const before = root.innerHTML;
    const text = root.textContent;
    const map = buildTextMap(root);
    const annotations = extract(map.text);
    const highlighter = new Highlighter(document);
    highlighter.paint(map, annotations, new MentionEmphasis());
    expect(root.querySelectorAll(MARK_TAG).length).toBe(annotations.length);
    expect(root.textContent).toBe(text);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/x');
    expect([...root.querySelectorAll(`${MARK_TAG}[data-kind="acronym"]`)].map((m) => m.textContent)).toEqual(['BIS', 'BIS', 'BIS']);
    highlighter.clear();
    expect(root.innerHTML).toBe(before);
  });

  it('hides a category through one attribute on <html>', () => {
    const root = page(html);
    const map = buildTextMap(root);
    const highlighter = new Highlighter(document);
    highlighter.paint(map, extract(map.text), new MentionEmphasis());
    highlighter.setHiddenKinds(['money', 'percent']);
    expect(document.documentElement.getAttribute('data-release-lens-hide')).toBe('money percent');
    highlighter.clear();
    expect(document.documentElement.hasAttribute('data-release-lens-hide')).toBe(false);
  });
});
