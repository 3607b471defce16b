/** The CLI's JSON carries the insights, each tied to annotations in the same output. */
import { expect, it } from 'vitest';
import { annotateHtml } from '../../src/cli/annotate-file.js';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';

it('prints the founding release insights with inputs among its annotations', () => {
  const out = annotateHtml(FOUNDING_HTML, { url: FOUNDING_URL, anyPage: false, now: new Date('2026-11-29T00:00:00Z') });
  const ids = new Set(out.annotations.map((a) => a.id));
  expect(new Set(out.insights.map((i) => i.kind))).toEqual(new Set(['implied-base', 'change', 'share', 'inflation', 'elapsed', 'weekday']));
  for (const i of out.insights) for (const id of i.inputs) expect(ids.has(id)).toBe(true);
  const implied = out.insights.find((i) => i.kind === 'implied-base');
  expect(implied?.formula).toBe('55000000000 / (1 + 0.32)');
  expect(out.insights.find((i) => i.unit === 'years')?.summary).toContain('two years before this release');
});
