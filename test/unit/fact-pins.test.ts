/** Pinning a figure or an insight of the founding release: what the fact keeps. */
import { describe, expect, it } from 'vitest';
import { annotationFact, Fact, insightFact, samePin } from '../../src/core/facts.js';
import { citedCopy } from '../../src/core/facts-copy.js';
import { sentenceAround } from '../../src/core/fact-pinned.js';
import type { Annotation, Insight } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';
import { releaseKey } from '../../src/core/release-key.js';
import { FOUNDING_TEXT, FOUNDING_URL } from '../support/founding.js';
import { FOUNDING_RELEASE, NOW } from '../support/facts.js';

const input = { id: 'p1', now: NOW, release: FOUNDING_RELEASE, releaseKey: releaseKey(FOUNDING_URL), text: FOUNDING_TEXT };
const { annotations, insights } = analyze(FOUNDING_TEXT, { now: NOW });
const EXPORTS_SENTENCE = 'U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.';

function find<T>(list: readonly T[], test: (x: T) => boolean, what: string): T {
  const found = list.find(test);
  if (!found) throw new Error(`no ${what}`);
  return found;
}

const money55 = find(annotations, (a) => a.text === '$55 billion', '$55 billion');
const exportsBase = find(insights, (i) => i.kind === 'implied-base' && i.inputs.includes(money55.id), 'implied 2005 exports');
const inputsOf = (i: Insight): Annotation[] => annotations.filter((a) => i.inputs.includes(a.id));

describe('a pinned insight', () => {
  const fact = insightFact(input, { ...exportsBase, subject: 'U.S. exports to China', period: '2005' }, annotations);

  it('keeps its value for reading and as data, its working both ways, its subject and period', () => {
    expect(Fact.safeParse(fact).success).toBe(true);
    expect(fact?.pinned).toMatchObject({
      source: 'insight',
      kind: 'implied-base',
      value: 41_666_666_666.67,
      unit: 'USD',
      display: '$41.67 billion',
      formula: '55000000000 / (1 + 0.32)',
      readable: '$55 billion ÷ (1 + 32%) = $41.67 billion',
      subject: 'U.S. exports to China',
      period: '2005',
      sentence: exportsBase.summary,
    });
  });

  it('keeps each input with its quote, value, sentence and a link that scrolls to it', () => {
    const p = fact?.pinned;
    const inputs = p?.source === 'insight' ? p.inputs : [];
    expect(inputs.map((i) => [i.quote.exact, i.value, i.unit, i.display, i.sentence])).toEqual([
      ['$55 billion', 55_000_000_000, 'USD', '$55 billion', EXPORTS_SENTENCE],
      ['32%', 32, '%', '32%', EXPORTS_SENTENCE],
    ]);
    for (const i of inputs) {
      expect(FOUNDING_TEXT.slice(i.position.start, i.position.end)).toBe(i.quote.exact);
      expect(decodeURIComponent(i.link)).toContain(`#:~:text=`);
      expect(decodeURIComponent(i.link)).toContain(`-,${i.quote.exact},-`);
      expect(i.link.startsWith(FOUNDING_URL)).toBe(true);
    }
  });

  it('cites the passage from its first input to its last', () => {
    expect(fact?.quote.exact).toBe('$55 billion in 2006, up 32%');
  });

  it('is the same pin when pinned again, and another insight over the same figures is not', () => {
    const again = insightFact({ ...input, id: 'p2' }, exportsBase, annotations);
    const change = find(insights, (i) => i.kind === 'change' && i.inputs.includes(money55.id), 'change');
    const other = insightFact({ ...input, id: 'p3' }, change, annotations);
    expect(fact && again && samePin(fact, again)).toBe(true);
    expect(fact && other && samePin(fact, other)).toBe(false);
  });
});

describe('a pinned figure', () => {
  const usedBy = insights.filter((i) => i.inputs.includes(money55.id)).map((i) => ({ insight: i, inputs: inputsOf(i), included: i.kind !== 'inflation' }));
  const fact = annotationFact(input, money55, usedBy);

  it('keeps the sentence it stands in, its value for reading and what it measures', () => {
    expect(Fact.safeParse(fact).success).toBe(true);
    expect(fact?.quote.exact).toBe('$55 billion');
    expect(fact?.pinned).toMatchObject({
      source: 'annotation',
      kind: 'money',
      value: 55_000_000_000,
      unit: 'USD',
      display: '$55 billion',
      sentence: EXPORTS_SENTENCE,
      measure: { subject: 'U.S. exports to China', period: '2006', role: 'level' },
    });
  });

  it('keeps every insight that uses it, each included or left out as the reader chose', () => {
    const p = fact?.pinned;
    const uses = p?.source === 'annotation' ? p.insights : [];
    expect(uses.map((u) => u.kind).sort()).toEqual(usedBy.map((u) => u.insight.kind).sort());
    expect(uses.find((u) => u.kind === 'implied-base')).toMatchObject({ included: true, display: '$41.67 billion', readable: '$55 billion ÷ (1 + 32%) = $41.67 billion' });
    expect(uses.find((u) => u.kind === 'inflation')?.included).toBe(false);
  });
});

describe('sentenceAround', () => {
  it('is the sentence that holds the range, whitespace folded, not cut at "U.S."', () => {
    const text = 'First one.\n\n   U.S. exports to China   totaled \t $55 billion in 2006. Next.';
    const at = text.indexOf('$55');
    expect(sentenceAround(text, at, at + 11)).toBe('U.S. exports to China totaled $55 billion in 2006.');
  });

  it('spans the sentences a range crosses', () => {
    const text = 'One a. Two b. Three c.';
    expect(sentenceAround(text, text.indexOf('a'), text.indexOf('b') + 1)).toBe('One a. Two b.');
  });
});

describe('copy with citation', () => {
  it('words an insight with its working, then title, agency, date and a link to the passage', () => {
    const fact = insightFact(input, exportsBase, annotations);
    if (!fact) throw new Error('no fact');
    const { text, html } = citedCopy(fact);
    expect(text).toBe(
      `${exportsBase.summary} Working: $55 billion ÷ (1 + 32%) = $41.67 billion. Source: ${FOUNDING_RELEASE.title}, U.S. Department of Commerce, 2007-12-11. ${FOUNDING_URL}#:~:text=to%20China%20totaled-,%2455%20billion%20in%202006%2C%20up%2032%25,-from%202005.%20U.S.`,
    );
    expect(html).toBe(
      `<p>${exportsBase.summary} Working: $55 billion ÷ (1 + 32%) = $41.67 billion. Source: <a href="${FOUNDING_URL}#:~:text=to%20China%20totaled-,%2455%20billion%20in%202006%2C%20up%2032%25,-from%202005.%20U.S.">${FOUNDING_RELEASE.title}</a>, U.S. Department of Commerce, 2007-12-11.</p>`,
    );
  });

  it('quotes the sentence a figure stands in', () => {
    const fact = annotationFact(input, money55);
    expect(fact && citedCopy(fact).text.startsWith(`“${EXPORTS_SENTENCE}” Source: `)).toBe(true);
  });

  it('keeps hostile page text as text in the HTML', () => {
    const fact = annotationFact({ ...input, release: { ...FOUNDING_RELEASE, title: '<img src=x onerror=alert(1)> "T"', agency: 'A & B' } }, money55);
    if (!fact) throw new Error('no fact');
    const { html } = citedCopy(fact);
    expect(html).not.toMatch(/<img|"T"/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#34;T&#34;</a>, A &#38; B, 2007-12-11.</p>');
  });
});
