import { describe, expect, it } from 'vitest';
import data from '../../src/core/data/glossary.json' with { type: 'json' };
import { Glossary, senseFor } from '../../src/core/glossary.js';

describe('the curated glossary', () => {
  const glossary = Glossary.parse(data);

  it('has at least 300 acronyms, each with expansion, description and an https address', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(300);
    for (const entry of glossary.entries) {
      for (const sense of entry.senses) expect(sense.url.startsWith('https://')).toBe(true);
    }
  });

  it('lists each short form once', () => {
    const shorts = glossary.entries.map((e) => e.short);
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  it('gives every sense after the first the words that call for it', () => {
    for (const entry of glossary.entries) for (const sense of entry.senses.slice(1)) expect(sense.context?.length).toBeGreaterThan(0);
  });

  it('covers the bodies, rules and trade terms releases use', () => {
    const shorts = new Set(glossary.entries.map((e) => e.short));
    for (const s of ['BIS', 'ITA', 'EAR', 'ITAR', 'ECCN', 'WTO', 'JCCT', 'HTWG', 'MOFCOM', 'MOFTEC', 'NEI', 'MEP', 'GDP', 'SME', 'OFAC', 'USPTO', 'NOAA']) {
      expect(shorts.has(s)).toBe(true);
    }
  });

  it('rejects an entry without an https address', () => {
    const bad = { ...data, entries: [{ short: 'XY', senses: [{ expansion: 'X Y', description: 'A made-up body.', url: 'http://x.example' }] }] };
    expect(Glossary.safeParse(bad).success).toBe(false);
  });

  it('picks the sense of an ambiguous acronym from the words of the release', () => {
    const sme = glossary.entries.find((e) => e.short === 'SME');
    const ita = glossary.entries.find((e) => e.short === 'ITA');
    if (!sme || !ita) throw new Error('SME and ITA are in the glossary');
    expect(senseFor(sme, 'the trade mission helps small businesses and exporters').expansion).toBe('small and medium-sized enterprises');
    expect(senseFor(sme, 'bis amends the ear to control semiconductor lithography tools').expansion).toBe('semiconductor manufacturing equipment');
    expect(senseFor(ita, 'wto members agreed to eliminate tariffs on information technology products').expansion).toBe('Information Technology Agreement');
    expect(senseFor(ita, 'the secretary met commercial service officers').expansion).toBe('International Trade Administration');
  });
});
