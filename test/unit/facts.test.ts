import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../src/core/facts-citation.js';
import { annotationFact, cleanTags, Fact, insightFact, selectionFact } from '../../src/core/facts.js';
import { analyze } from '../../src/core/pipeline.js';
import { releaseKey } from '../../src/core/release-key.js';
import { FOUNDING_TEXT, FOUNDING_URL } from '../support/founding.js';
import { factOf, FOUNDING_RELEASE, NOW } from '../support/facts.js';

const input = { id: 'x1', now: NOW, release: FOUNDING_RELEASE, releaseKey: releaseKey(FOUNDING_URL), text: FOUNDING_TEXT };
const analysis = analyze(FOUNDING_TEXT, { now: NOW });

describe('facts', () => {
  it('pins a money annotation with its normalized value, quote and citation', () => {
    const money = analysis.annotations.find((a) => a.kind === 'money' && a.text === '$55 billion');
    if (!money) throw new Error('no $55 billion');
    const fact = annotationFact(input, money);
    expect(fact).toMatchObject({
      kind: 'auto',
      quote: { exact: '$55 billion' },
      pinned: { source: 'annotation', kind: 'money', value: 55_000_000_000, unit: 'USD' },
      citation: { title: FOUNDING_RELEASE.title, agency: 'U.S. Department of Commerce', published: '2007-12-11', url: FOUNDING_URL },
      captured: NOW.toISOString(),
    });
    expect(Fact.safeParse(fact).success).toBe(true);
  });

  it('pins an insight as the stretch of text its inputs span', () => {
    const insight = analysis.insights.find((i) => i.kind === 'implied-base');
    if (!insight) throw new Error('no implied-base insight');
    const fact = insightFact(input, insight, analysis.annotations);
    expect(fact?.quote.exact).toMatch(/^\$55 billion in 2006, up 32%$|^\$17\.7 billion/);
    expect(fact?.pinned).toMatchObject({ source: 'insight', kind: 'implied-base', formula: insight.formula });
  });

  it('trims a selection and refuses one with no text', () => {
    const at = FOUNDING_TEXT.indexOf('Carlos M. Gutierrez');
    expect(selectionFact(input, at - 1, at + 19)?.quote.exact).toBe('Carlos M. Gutierrez');
    expect(selectionFact(input, 0, 0)).toBeNull();
  });

  it('cleans tags: trimmed, no empties, no repeats', () => {
    expect(cleanTags([' trade ', 'trade', '', 'China  exports'])).toEqual(['trade', 'China exports']);
  });
});

describe('text-fragment links', () => {
  it('links a short quote with the words around it as prefix and suffix', () => {
    const url = textFragmentUrl(factOf('$17.7 billion'));
    expect(url.startsWith(`${FOUNDING_URL}#:~:text=`)).toBe(true);
    const directive = url.split('#:~:text=')[1] ?? '';
    const [prefix, quote, suffix] = directive.split(',');
    expect(decodeURIComponent(prefix ?? '')).toBe('in 2006, to-');
    expect(decodeURIComponent(quote ?? '')).toBe('$17.7 billion');
    expect(suffix?.startsWith('-')).toBe(true);
  });

  it('encodes the characters the directive syntax uses', () => {
    const url = textFragmentUrl(factOf('U.S.-China High Technology'));
    expect(url).toContain('U.S.%2DChina%20High%20Technology');
  });

  it('links a long or multi-line quote by its first and last words', () => {
    const quote = FOUNDING_TEXT.slice(FOUNDING_TEXT.indexOf('The Guidelines were signed'), FOUNDING_TEXT.indexOf('$17.7 billion') + 13);
    const url = textFragmentUrl(factOf(quote));
    const directive = decodeURIComponent(url.split('#:~:text=')[1] ?? '');
    expect(directive).toContain('The Guidelines were signed,');
    expect(directive).toContain('2006, to $17.7 billion');
  });

  it('replaces the URL\'s own fragment', () => {
    const fact = factOf('JCCT');
    expect(textFragmentUrl({ ...fact, citation: { ...fact.citation, url: `${FOUNDING_URL}#top` } })).not.toContain('#top');
  });
});
