/** The vocabulary of kinds: every kind named on every surface, and each surface's words for the founding release's figures. */
import { describe, expect, it } from 'vitest';
import { INSIGHT_LABELS } from '../../src/core/insight-labels.js';
import { KINDS, kindOf } from '../../src/core/kinds.js';
import { ANNOTATION_KINDS, INSIGHT_KINDS } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const { annotations } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T00:00:00Z') });
const find = (text: string) => annotations.find((a) => a.text === text);

describe('the kinds vocabulary', () => {
  it('names every kind, no two alike, and every insight kind', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...ANNOTATION_KINDS].sort());
    for (const labels of [ANNOTATION_KINDS.map((k) => KINDS[k].singular), ANNOTATION_KINDS.map((k) => KINDS[k].plural)]) {
      expect(new Set(labels).size).toBe(ANNOTATION_KINDS.length);
    }
    expect(Object.keys(INSIGHT_LABELS).sort()).toEqual([...INSIGHT_KINDS].sort());
  });

  it('says what $55 billion is on every surface', () => {
    const money = find('$55 billion');
    if (!money) throw new Error('the founding release has $55 billion');
    expect(kindOf(money).value(money)).toEqual({ value: 55_000_000_000, unit: 'USD' });
    expect(kindOf(money).cell(money)).toBe('55000000000 USD');
    // The card and the list say what it measures; its text already says "$55 billion", never as raw digits.
    expect(kindOf(money).card(money).join(' ')).toContain('U.S. exports to China');
    expect(kindOf(money).listed(money)).toContain('U.S. exports to China');
    expect([...kindOf(money).card(money), kindOf(money).listed(money)].join(' ')).not.toMatch(/\d{7,}|\d,\d{3},\d{3}/);
  });

  it('shows by default what most readers came for, no two of them with the same line', () => {
    const shown = ANNOTATION_KINDS.filter((k) => KINDS[k].style.visible);
    expect(shown).toEqual(['acronym', 'person', 'money', 'percent', 'date']);
    expect(new Set(shown.map((k) => KINDS[k].style.underline)).size).toBe(shown.length);
  });

  it('gives a person their role, and a page-defined acronym its expansion and where it came from', () => {
    const person = find('Carlos M. Gutierrez');
    const bis = annotations.find((a) => a.kind === 'acronym' && a.text === 'BIS');
    if (!person || !bis) throw new Error('the founding release names Gutierrez and defines BIS');
    expect(kindOf(person).cell(person)).toBe('Secretary of Commerce');
    expect(kindOf(bis).cell(bis)).toBe('Bureau of Industry and Security (page)');
    expect(kindOf(bis).card(bis)).toContain('defined on this page');
  });
});
