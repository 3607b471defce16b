/**
 * The page is never broken, on random DOMs (fast-check): annotating leaves the text
 * unchanged, removing the annotations restores the DOM exactly, annotating twice equals
 * annotating once, and the text map's offsets and DOM points convert both ways. jsdom has
 * no Highlight API, so this exercises the painter that does change the DOM: the fallback.
 */
import { MentionEmphasis } from '../../src/core/reading/emphasis.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../src/content/annotator.js';
import { Highlighter } from '../../src/content/highlighter.js';
import { buildTextMap, piecesOf, toDomPoint, toOffset, toRange } from '../../src/page/text-map.js';
import { extract } from '../../src/core/extract/index.js';

const WORDS = [
  'The', 'Bureau of Industry and Security', '(BIS)', 'BIS', 'rose', '32%', 'to', '$55 billion', 'in', '2006',
  'December 11, 2007', 'a\u00A0b', 'Com\u200Bmerce', 'soft\u00ADhyphen', '202-482-2721', ' ', '\n', '',
];
const INLINE = ['b', 'i', 'span', 'a', 'em'];
const BLOCK = ['p', 'div', 'li', 'h2', 'td'];
const SKIPPED = ['script', 'style', 'textarea', 'noscript'];

interface Tree {
  tag?: string;
  attrs?: string;
  text?: string;
  children?: Tree[];
}

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => ({ text: w.join(' ') }));
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      tag: fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED, 'br'),
      attrs: fc.constantFrom('', ' hidden', ' contenteditable="true"', ' style="display:none"', ' class="x"', ' href="/x"'),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function html(node: Tree): string {
  if (node.text !== undefined) return escape(node.text);
  if (node.tag === 'br') return '<br>';
  return `<${node.tag}${node.attrs ?? ''}>${(node.children ?? []).map(html).join('')}</${node.tag}>`;
}

/** A page the founding release's layout recognizes, with a random body. */
function page(body: string): HTMLElement {
  document.body.innerHTML = `<div id="content"><div class="pressrelease"><h1>Commerce release</h1><p>December 11, 2007</p>${body}</div></div>`;
  return document.body;
}

const URL = 'https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_004904';
const forest = fc.array(tree, { maxLength: 6 }).map((nodes) => nodes.map(html).join(''));

describe('annotating random pages with the fallback painter', () => {
  it('leaves the text unchanged, and removal restores the DOM exactly', async () => {
    await fc.assert(
      fc.asyncProperty(forest, async (body) => {
        const root = page(body);
        const before = root.innerHTML;
        const textBefore = root.textContent;
        const annotator = new Annotator(document, 'wrap');
        await annotator.run(URL, []);
        expect(root.textContent).toBe(textBefore);
        annotator.teardown();
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('annotating twice equals annotating once', async () => {
    await fc.assert(
      fc.asyncProperty(forest, async (body) => {
        const root = page(body);
        const annotator = new Annotator(document, 'wrap');
        await annotator.run(URL, []);
        const once = root.innerHTML;
        await annotator.run(URL, []);
        expect(root.innerHTML).toBe(once);
        annotator.teardown();
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('wraps exactly the spans extraction found, on random spans as well', () => {
    fc.assert(
      fc.property(forest, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 8 }), (body, spans) => {
        const root = page(body);
        const before = root.innerHTML;
        const map = buildTextMap(root);
        const taken: Array<{ start: number; end: number }> = [];
        for (const [at, length] of spans) {
          const start = map.text.length ? at % map.text.length : 0;
          const end = Math.min(map.text.length, start + length + 1);
          if (end > start && !taken.some((t) => start < t.end && t.start < end)) taken.push({ start, end });
        }
        const annotations = taken.map((s, i) => ({ id: `s${i}`, kind: 'acronym' as const, text: map.text.slice(s.start, s.end), ...s }));
        const expected = annotations.map((a) => piecesOf(map, a.start, a.end).map((p) => p.node.data.slice(p.start, p.end)).join(''));
        const highlighter = new Highlighter(document);
        highlighter.paint(map, annotations, new MentionEmphasis());
        annotations.forEach((a, i) => {
          const marked = [...root.querySelectorAll(`release-lens-mark[data-id="${a.id}"]`)].map((m) => m.textContent).join('');
          expect(marked).toBe(expected[i]);
        });
        highlighter.clear();
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('the text map on random pages', () => {
  it('converts every offset to a DOM point and back, and ranges read the flat text', () => {
    fc.assert(
      fc.property(forest, (body) => {
        const root = page(body);
        const map = buildTextMap(root);
        for (const seg of map.segments) {
          for (let o = seg.start; o < seg.start + seg.length; o++) {
            const point = toDomPoint(map, o, 'start');
            expect(point?.node).toBe(seg.node);
            expect(point && toOffset(map, point.node, point.offset)).toBe(o);
            const range = toRange(map, o, o + 1, document);
            expect(range?.toString().replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\u00A0\u202F]/g, ' ')).toBe(map.text[o]);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never reads skipped or hidden elements, and finds what extraction finds', () => {
    const root = page(
      '<p>The Bureau of Industry and Security (BIS) said</p><script>BIS = 1</script><p hidden>$1 billion</p>' +
        '<div contenteditable="true">$2 billion</div><textarea>$3 billion</textarea><p>BIS\u00A0rose 3\u200B2% to $55\u00ADbillion.</p>',
    );
    const map = buildTextMap(root);
    expect(map.text).not.toMatch(/\$[123] billion|BIS = 1/);
    expect(map.text).toContain('BIS rose 32% to $55billion.');
    expect(extract(map.text).map((a) => a.text)).toEqual(expect.arrayContaining(['BIS', '32%']));
  });
});
