import { describe, expect, it } from 'vitest';
import { passageLink, sentenceAt } from '../../../src/core/library/links.js';
import { storedRelease } from '../../../src/core/library/record.js';
import { createIndex, loadIndex, markTerms, matchingSentence, search, searchDoc } from '../../../src/core/library/search.js';
import { fixtureRecording, foundingRecording, NOW, TRADE_STATEMENT_NAMES } from '../../support/library-fixtures.js';

const founding = storedRelease(foundingRecording(), NOW);
const statements = TRADE_STATEMENT_NAMES.map((n) => storedRelease(fixtureRecording(n), NOW));
const all = [founding, ...statements];

function indexed() {
  const index = createIndex();
  for (const s of all) index.add(searchDoc(s.entry, s.text));
  return index;
}

describe('searching the library', () => {
  const index = indexed();

  it('finds MOFCOM in the founding release and not in the trade statements', () => {
    expect(search(index, 'MOFCOM').map((h) => h.key)).toEqual([founding.entry.key]);
  });

  it('finds every trade statement by a word they share, and needs every word of a query', () => {
    expect(new Set(search(index, 'exports services').map((h) => h.key))).toEqual(new Set(statements.map((s) => s.entry.key)));
    expect(search(index, 'MOFCOM Pritzker')).toEqual([]);
  });

  it('matches a person by name and an acronym by its expansion', () => {
    expect(search(index, 'Gutierrez').map((h) => h.key)).toContain(founding.entry.key);
    expect(search(index, 'Ministry of Commerce').map((h) => h.key)).toContain(founding.entry.key);
  });

  it('matches the start of a word of three letters or more', () => {
    expect(search(index, 'Guidel').map((h) => h.key)).toContain(founding.entry.key);
  });

  it('comes back the same from its saved snapshot', () => {
    const again = loadIndex(JSON.stringify(index));
    expect(search(again, 'MOFCOM')).toEqual(search(index, 'MOFCOM'));
  });

  it('finds nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('the matching sentence', () => {
  it('is the sentence with the most of the terms, each marked as a whole word', () => {
    const [hit] = search(indexed(), 'MOFCOM');
    const found = matchingSentence(founding.text.text, hit?.terms ?? []);
    const sentence = founding.text.text.slice(found?.start, found?.end);
    expect(sentence).toMatch(/MOFCOM/);
    expect(found?.segments.filter((s) => s.mark).map((s) => s.text)).toContain('MOFCOM');
    expect(found?.segments.map((s) => s.text).join('')).toBe(sentence);
  });

  it('marks only whole words, whatever their case', () => {
    expect(markTerms('Exports rose; exporters and EXPORTS.', new Set(['exports']))).toEqual([
      { text: 'Exports', mark: true },
      { text: ' rose; exporters and ', mark: false },
      { text: 'EXPORTS', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('is absent when the terms are only in the names', () => {
    expect(matchingSentence('Nothing here.', ['mofcom'])).toBeUndefined();
  });

  it('links to the release scrolled to the sentence with a text fragment', () => {
    const text = founding.text.text;
    const at = text.indexOf('MOFCOM');
    const { start, end } = sentenceAt(text, at);
    const link = passageLink(founding.entry.url, text, start, end);
    expect(link.startsWith(`${founding.entry.url}#:~:text=`)).toBe(true);
    const directive = decodeURIComponent(link.split('#:~:text=')[1] ?? '');
    // A long sentence is linked by its first and last words.
    const words = text.slice(start, end).split(/\s+/);
    expect(directive).toContain(words.slice(0, 2).join(' '));
  });
});
