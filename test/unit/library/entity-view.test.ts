import { describe, expect, it } from 'vitest';
import { entitiesOf, entityKey } from '../../../src/core/library/entities.js';
import { displayName, entityIndex, expansionsOf, mentionsOf, roleKey, rolesOverTime, spanLabel } from '../../../src/core/library/entity-view.js';
import { storedRelease, type LibraryEntry } from '../../../src/core/library/record.js';
import type { Annotation } from '../../../src/core/model.js';
import { fixtureRecording, foundingRecording, NOW, TRADE_STATEMENT_NAMES } from '../../support/library-fixtures.js';

/** An entry dated `published` naming one person in one role. */
function naming(published: string, name: string, role: string, extra: Annotation[] = []): LibraryEntry {
  const { entry } = storedRelease(
    {
      release: { isRelease: true, layout: 'x', confidence: 1, reasons: [], title: `Release of ${published}`, published, url: `https://www.commerce.gov/news/press-releases/${published}` },
      text: `${role} ${name} said so.`,
      annotations: [{ id: 'a1', kind: 'person', text: name, start: role.length + 1, end: role.length + 1 + name.length, role }, ...extra],
      insights: [],
    },
    NOW,
  );
  return entry;
}

describe('entities across releases', () => {
  it('keys a name the same whatever its periods, case and spacing', () => {
    expect(entityKey('Carlos M. Gutierrez')).toBe(entityKey('carlos  M Gutierrez'));
    expect(entityKey('The Ministry of Commerce')).toBe(entityKey('Ministry of Commerce'));
  });

  it('keeps each entity of a release once, with the role a later mention gives', () => {
    const refs = entitiesOf([
      { id: 'a1', kind: 'person', text: 'Gutierrez', name: 'Carlos M. Gutierrez', start: 0, end: 9 },
      { id: 'a2', kind: 'person', text: 'Carlos M. Gutierrez', start: 20, end: 39, role: 'Secretary of Commerce' },
    ]);
    expect(refs).toEqual([{ kind: 'person', key: 'carlos m gutierrez', name: 'Carlos M. Gutierrez', role: 'Secretary of Commerce', at: 0 }]);
  });

  it('gives a person’s roles over time, earliest first, one span per role however it is worded', () => {
    const entries = [
      naming('2005-03-01', 'Carlos M. Gutierrez', 'Secretary of Commerce'),
      naming('2009-01-10', 'Carlos Gutierrez', 'U.S. Commerce Secretary'),
      naming('2007-12-11', 'Carlos M. Gutierrez', 'Secretary of Commerce'),
      naming('2004-06-01', 'Carlos M. Gutierrez', 'Chief Executive of Kellogg'),
    ];
    const mentions = mentionsOf(entries, 'person', entityKey('Carlos M. Gutierrez'));
    expect(mentions.map((m) => m.entry.published)).toEqual(['2007-12-11', '2005-03-01', '2004-06-01']);
    const roles = rolesOverTime(mentionsOf([...entries, naming('2009-01-10', 'Carlos M. Gutierrez', 'U.S. Commerce Secretary')], 'person', 'carlos m gutierrez'));
    expect(roles.map(spanLabel)).toEqual(['Chief Executive of Kellogg, 2004', 'Secretary of Commerce, 2005–2009']);
    expect(roleKey('U.S. Commerce Secretary')).toBe(roleKey('Secretary of Commerce'));
    expect(displayName(mentions)).toBe('Carlos M. Gutierrez');
  });

  it('finds Carlos M. Gutierrez and his role in the founding release, and not in the trade statements', () => {
    const entries = [storedRelease(foundingRecording(), NOW).entry, ...TRADE_STATEMENT_NAMES.map((n) => storedRelease(fixtureRecording(n), NOW).entry)];
    const mentions = mentionsOf(entries, 'person', entityKey('Carlos M. Gutierrez'));
    expect(mentions.map((m) => m.entry.published)).toEqual(['2007-12-11']);
    expect(rolesOverTime(mentions).map(spanLabel)).toEqual(['Secretary of Commerce, 2007']);
    const people = entityIndex(entries, 'person');
    expect(people.find((p) => p.key === entityKey('Penny Pritzker'))?.releases).toBe(TRADE_STATEMENT_NAMES.length);
  });

  it('lists an acronym’s expansions with where each came from', () => {
    const acronym = (expansion: string, source: 'page' | 'glossary'): Annotation => ({ id: 'a2', kind: 'acronym', text: 'TPP', start: 0, end: 3, expansion, source });
    const entries = [
      naming('2016-04-05', 'Penny Pritzker', 'Secretary of Commerce', [acronym('Trans-Pacific Partnership', 'page')]),
      naming('2016-05-04', 'Penny Pritzker', 'Secretary of Commerce', [acronym('Trans-Pacific Partnership', 'glossary')]),
      naming('2001-01-01', 'Someone', 'Director', [acronym('Trade Promotion Program', 'page')]),
    ];
    const expansions = expansionsOf(mentionsOf(entries, 'acronym', 'TPP'));
    expect(expansions.map((x) => [x.expansion, x.sources.map((s) => `${s.source} ${s.mention.entry.published}`)])).toEqual([
      ['Trans-Pacific Partnership', ['glossary 2016-05-04', 'page 2016-04-05']],
      ['Trade Promotion Program', ['page 2001-01-01']],
    ]);
  });
});
