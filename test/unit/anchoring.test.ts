import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, AnchorText } from '../../src/core/anchoring/anchor.js';
import { normalize, toOriginal } from '../../src/core/anchoring/normalize.js';
import { describe, trimRange, type Selectors } from '../../src/core/anchoring/selectors.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const text = FOUNDING_TEXT;
const selectorsOf = (quote: string, within = text): Selectors => {
  const at = within.indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return describe(within, at, at + quote.length);
};
const placed = (page: string, s: Selectors): string | null => {
  const r = anchor(new AnchorText(page), s);
  return r.status === 'anchored' ? page.slice(r.start, r.end) : null;
};

group('selectors', () => {
  it('keeps the exact text, 32 characters either side and the offsets', () => {
    const s = selectorsOf('$17.7 billion');
    expect(s.quote.exact).toBe('$17.7 billion');
    expect(s.quote.prefix).toHaveLength(32);
    expect(s.quote.suffix).toHaveLength(32);
    expect(text.slice(s.position.start, s.position.end)).toBe('$17.7 billion');
    expect(text.slice(s.position.start - 32, s.position.start)).toBe(s.quote.prefix);
  });

  it('trims whitespace off a selection and refuses an empty one', () => {
    expect(trimRange('  a b \n', 0, 7)).toEqual({ start: 2, end: 5 });
    expect(trimRange(' \n\t ', 0, 4)).toBeNull();
  });
});

group('normalize', () => {
  it('collapses whitespace, folds curly quotes and dashes, and maps offsets back', () => {
    const original = 'China\u2019s\n\n  Ministry \u2014 \u201cMOFCOM\u201d';
    const n = normalize(original);
    expect(n.text).toBe('China\'s Ministry - "MOFCOM"');
    const at = n.text.indexOf('Ministry');
    expect(toOriginal(n, at, at + 8, original.length)).toEqual({ start: original.indexOf('Ministry'), end: original.indexOf('Ministry') + 8 });
  });
});

group('anchoring', () => {
  const quote = 'the fastest growing export market for U.S. exports';

  it('uses the stored position when the text has not changed', () => {
    const r = anchor(new AnchorText(text), selectorsOf(quote));
    expect(r).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('finds the exact quote after a paragraph is inserted before it', () => {
    const s = selectorsOf(quote);
    const edited = `A new first paragraph about something else entirely.\n${text}`;
    const r = anchor(new AnchorText(edited), s);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote' });
    if (r.status === 'anchored') expect(r.start).toBe(s.position.start + 53);
  });

  it('survives whitespace and quote-style changes', () => {
    const q = 'China’s Ministry of Commerce (‘MOFCOM’)';
    const s = selectorsOf(q);
    const edited = text.replace(q, "China's  Ministry\nof Commerce ('MOFCOM')").replace(/\n\n/g, '\n \n');
    expect(placed(edited, s)).toBe("China's  Ministry\nof Commerce ('MOFCOM')");
  });

  it('finds a quote with a word changed inside it by fuzzy search', () => {
    const s = selectorsOf(quote);
    const edited = text.replace(quote, 'the fastest growing export market for American exports');
    const r = anchor(new AnchorText(edited), s);
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy' });
    if (r.status === 'anchored') expect(edited.slice(r.start, r.end)).toContain('fastest growing export market for American');
  });

  it('tells repeated text apart by its context', () => {
    const page = 'Alpha said the figure rose. Then Beta said the figure rose. Finally Gamma said the figure rose.';
    const s = describe(page, page.indexOf('the figure rose', 40), page.indexOf('the figure rose', 40) + 15);
    const shifted = `Preface. ${page}`;
    const r = anchor(new AnchorText(shifted), s);
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect(shifted.slice(r.start - 10, r.start)).toBe('Beta said ');
  });

  it('reports a removed quote as not found rather than placing it elsewhere', () => {
    const s = selectorsOf(quote);
    expect(placed(text.replace(quote, ''), s)).toBeNull();
  });

  it('does not move a short quote to another occurrence when its sentence is gone', () => {
    const sentence = 'U.S. high technology exports to China increased by 44% in 2006, to $17.7 billion.';
    const at = text.indexOf(sentence);
    const year = at + sentence.indexOf('2006');
    const s = describe(text, year, year + 4);
    const removed = text.slice(0, at) + text.slice(at + sentence.length);
    expect(removed).toContain('2006');
    expect(anchor(new AnchorText(removed), s)).toEqual({ status: 'not-found' });
  });

  it('anchors many facts against one normalized text', () => {
    const quotes = ['$55 billion', '32%', 'Carlos M. Gutierrez', 'JCCT'];
    const results = anchorAll(text, quotes.map((q) => selectorsOf(q)));
    expect(results.map((r) => r.status)).toEqual(['anchored', 'anchored', 'anchored', 'anchored']);
  });
});
