/** `release-lens annotate DIR --format library`: a file the library page imports. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotateHtml } from '../../../src/cli/annotate-file.js';
import { render } from '../../../src/cli/formats.js';
import { expandInputs, readHtml } from '../../../src/cli/inputs.js';
import { parseLibraryFile, restoredRelease } from '../../../src/core/library/library-file.js';
import { seriesKeyOf } from '../../../src/core/library/series.js';
import { FIXTURES } from '../../support/founding.js';
import { TRADE_STATEMENT_NAMES } from '../../support/library-fixtures.js';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('annotate --format library', () => {
  it('writes a library file of the directory’s releases, leaving out the pages that are not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-lens-library-'));
    for (const name of [...TRADE_STATEMENT_NAMES, 'commerce-press-releases-listing']) copyFileSync(join(FIXTURES, `${name}.html`), join(dir, `${name}.html`));
    // What main.ts does for `annotate DIR --format library`.
    const results = [];
    for (const file of await expandInputs([dir])) results.push({ file, output: annotateHtml(await readHtml(file), { url: pathToFileURL(file).href, anyPage: false, now: NOW }) });
    const out = render(results, 'library', NOW);
    const parsed = parseLibraryFile(out);
    if (!parsed.ok) throw new Error(parsed.error);
    // Saved pages are read at file:// addresses, so detection judges them by the page alone.
    const releases = results.filter((r) => r.output.release.isRelease).map((r) => r.output.release.title);
    expect(releases.length).toBeGreaterThanOrEqual(3);
    expect(results.find((r) => r.file.includes('listing'))?.output.release.isRelease).toBe(false);
    expect(parsed.file.releases.map((r) => r.entry.title).sort()).toEqual(releases.sort());
    const exportsKey = seriesKeyOf('U.S. exports of goods and services', 'level', 'USD');
    for (const release of parsed.file.releases) {
      expect(release.entry.title).toMatch(/International Trade in Goods and Services/);
      expect(restoredRelease(release).entry.series.map((s) => s.key)).toContain(exportsKey);
    }
  }, 60_000);
});
