import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_KINDS } from '../../src/core/model.js';
import { categoryCss } from '../../src/content/category-styles.js';
import { KINDS } from '../../src/core/kinds.js';
import { DEFAULT_KIND_STYLES } from '../../src/storage/settings.js';

const css = readFileSync(join(import.meta.dirname, '../../src/content/content.css'), 'utf8');

describe('category styles', () => {
  it('paints every category for both painters, and the fallback can hide each', () => {
    const sheet = categoryCss(DEFAULT_KIND_STYLES);
    for (const kind of ANNOTATION_KINDS) {
      expect(sheet).toContain(`::highlight(release-lens-${kind}), release-lens-mark[data-kind="${kind}"]`);
      expect(css).toContain(`html[data-release-lens-hide~="${kind}"] release-lens-mark[data-kind="${kind}"]`);
    }
  });

  it('with the default styles, no two categories look alike without colour', () => {
    const looks = ANNOTATION_KINDS.map((k) => `${KINDS[k].style.line} ${DEFAULT_KIND_STYLES[k].underline}`);
    expect(new Set(looks).size).toBe(looks.length);
  });
});
