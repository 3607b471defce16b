import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/model.js';
import { analyze } from '../../src/core/pipeline.js';
import { headlineSpan, MentionEmphasis } from '../../src/core/reading/emphasis.js';
import { itemCounts, mentionKey } from '../../src/core/reading/mentions.js';
import { FOUNDING_TEXT } from '../support/founding.js';

const TITLE = 'Department of Commerce Announces Signing of ‘Guidelines for U.S.-China High Technology and Strategic Trade Development’';

describe('the headline', () => {
  it('is found in the release text across its line breaks and indentation', () => {
    const span = headlineSpan(FOUNDING_TEXT, TITLE);
    expect(span).not.toBeNull();
    const [start, end] = span as [number, number];
    expect(FOUNDING_TEXT.slice(start, end).replace(/\s+/g, ' ')).toBe(TITLE);
    expect(FOUNDING_TEXT.slice(0, start)).toContain('Press Release');
  });

  it('is not found when the title is not in the opening, or is empty', () => {
    expect(headlineSpan(FOUNDING_TEXT, 'A title this release does not have')).toBeNull();
    expect(headlineSpan(FOUNDING_TEXT, '   ')).toBeNull();
    expect(headlineSpan(`${'x '.repeat(2_000)}${TITLE}`, TITLE)).toBeNull();
  });

  it('treats the title as text, not as a pattern', () => {
    expect(headlineSpan('Exports (up 32%) rose.', 'Exports (up 32%)')).toEqual([0, 16]);
    expect(headlineSpan('Exports up 32% rose.', 'Exports (up 32%)')).toBeNull();
  });
});

describe('quiet mentions', () => {
  const { annotations } = analyze(FOUNDING_TEXT, { now: new Date('2026-11-29T00:00:00Z'), published: '2007-12-11' });
  const emphasis = new MentionEmphasis(headlineSpan(FOUNDING_TEXT, TITLE));
  const quiet = new Map(annotations.map((a) => [a, emphasis.quiet(a)] as const));
  const loud = (kind: Annotation['kind'], text: string): boolean[] => annotations.filter((a) => a.kind === kind && a.text === text).map((a) => !quiet.get(a));

  it('marks an acronym loudly once, then quietly', () => {
    expect(loud('acronym', 'MOFCOM')).toEqual([true, false, false, false, false]);
    expect(loud('acronym', 'BIS').filter(Boolean)).toHaveLength(1);
  });

  it('keeps every figure loud: each is a fact of its own', () => {
    const figures = annotations.filter((a) => a.kind === 'money' || a.kind === 'percent');
    expect(figures.length).toBeGreaterThanOrEqual(4);
    expect(figures.every((a) => !quiet.get(a))).toBe(true);
  });

  it('draws the headline quietly, and its names still get a loud first mention in the body', () => {
    const [start, end] = headlineSpan(FOUNDING_TEXT, TITLE) as [number, number];
    const inHeadline = annotations.filter((a) => a.start >= start && a.end <= end);
    expect(inHeadline.length).toBeGreaterThan(0);
    expect(inHeadline.every((a) => quiet.get(a))).toBe(true);
    const firstsInBody = inHeadline
      .map((h) => annotations.find((a) => a.start >= end && mentionKey(a) === mentionKey(h)))
      .filter((a): a is Annotation => a !== undefined);
    expect(firstsInBody.length).toBeGreaterThan(0);
    expect(firstsInBody.map((a) => quiet.get(a))).toEqual(firstsInBody.map(() => false));
  });

  it('counts each thing once: four acronyms, two sums of money, however often mentioned', () => {
    const counts = itemCounts(annotations);
    expect(counts.acronym).toBe(4);
    expect(annotations.filter((a) => a.kind === 'acronym').length).toBeGreaterThan(10);
    expect(counts.money).toBe(2);
    expect(counts.percent).toBe(2);
  });

  it('counts an acronym and its plural or possessive as one thing, and a surname mention as its person', () => {
    const a = (kind: 'acronym', text: string) => ({ id: 'x', kind, text, start: 0, end: text.length }) as Annotation;
    expect(mentionKey(a('acronym', 'ECCNs'))).toBe(mentionKey(a('acronym', 'ECCN')));
    expect(mentionKey(a('acronym', 'BIS’s'))).toBe(mentionKey(a('acronym', 'BIS')));
    const person = (text: string, name?: string) => ({ id: 'p', kind: 'person', text, start: 0, end: 1, ...(name ? { name } : {}) }) as Annotation;
    expect(mentionKey(person('Gutierrez', 'Carlos M. Gutierrez'))).toBe(mentionKey(person('Carlos M. Gutierrez')));
  });
});
