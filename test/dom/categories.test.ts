import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_KINDS } from '../../src/core/model.js';
import { categoryCss } from '../../src/content/category-styles.js';
import { declarationsOf, DEFAULT_KIND_STYLES, TINT_ALPHA } from '../../src/core/reading/kind-style.js';
import { contrast, over, parseColour, type Rgba } from '../../src/core/reading/colour.js';

const css = readFileSync(join(import.meta.dirname, '../../src/content/content.css'), 'utf8');

describe('category styles', () => {
  it('paints every category for both painters, and the fallback can hide each', () => {
    const sheet = categoryCss(DEFAULT_KIND_STYLES);
    for (const kind of ANNOTATION_KINDS) {
      expect(sheet).toContain(`::highlight(release-lens-${kind}), release-lens-mark[data-kind="${kind}"]`);
      expect(sheet).toContain(`::highlight(release-lens-${kind}-quiet), release-lens-mark[data-kind="${kind}"][data-quiet]`);
      expect(css).toContain(`html[data-release-lens-hide~="${kind}"] release-lens-mark[data-kind="${kind}"]`);
    }
  });

  it('with the default styles, no two categories shown by default look alike without colour', () => {
    const shown = ANNOTATION_KINDS.filter((k) => DEFAULT_KIND_STYLES[k].visible);
    const looks = shown.map((k) => DEFAULT_KIND_STYLES[k].underline);
    expect(shown.length).toBeGreaterThan(3);
    expect(new Set(looks).size).toBe(looks.length);
  });

  it('draws every line under the text, never over or through it, loud or quiet', () => {
    for (const kind of ANNOTATION_KINDS) {
      for (const quiet of [false, true]) {
        const style = document.createElement('span').style;
        style.cssText = declarationsOf(DEFAULT_KIND_STYLES[kind], quiet);
        expect(style.textDecorationLine || style.textDecoration.split(' ')[0]).toBe('underline');
        expect(style.textDecoration).not.toMatch(/overline|line-through/);
      }
    }
  });

  it('keeps text readable through every tint, on a light page and a dark one (WCAG AA, 4.5:1)', () => {
    const pages: Array<[Rgba, Rgba]> = [
      [parseColour('#ffffff') as Rgba, parseColour('#333333') as Rgba],
      [parseColour('#1b1d21') as Rgba, parseColour('#e3e3e3') as Rgba],
    ];
    for (const kind of ANNOTATION_KINDS) {
      const tint = parseColour(`${DEFAULT_KIND_STYLES[kind].colour}${TINT_ALPHA}`) as Rgba;
      for (const [background, text] of pages) expect(contrast(text, over(tint, background)), kind).toBeGreaterThanOrEqual(4.5);
    }
  });
});
